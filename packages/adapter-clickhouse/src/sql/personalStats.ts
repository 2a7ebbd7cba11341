import { zoneClock, type AdapterRequestFor, type QueryResult } from '@learnlens/data-client';
import { compareTime, int, str } from '../literal.js';
import { activityConditions, and, rangeConditions, readPersonalStats, userConditions } from '@learnlens/sql';
import { context, type Db } from './context.js';
import { bucketDayOf, dayOf, localSeconds } from './time.js';

/**
 * `personalStats` in one statement over the learner's attempts, folded twice: per local bucket (the week's and the
 * period's counts and sums, the trend, the distinct active days), then into one row. The streak comes from the
 * active days up to today sorted newest first: day + position is constant along a run of consecutive days and
 * drops after the first gap, so the streak is how many entries equal the first one.
 */
export async function personalStats(
  request: AdapterRequestFor<'personalStats'>,
  db: Db,
): Promise<QueryResult<'personalStats'>> {
  const { params } = request;
  const ctx = context(request, db);
  const userId = params.userId ?? request.scope.viewer.userId;
  const user = str(userId);
  const now = Date.parse(params.now);
  const clock = zoneClock(params.timezone);
  const today = int(clock.localDay(now));
  const mine = and([`org_id = ${ctx.org}`, `user_id = ${user}`, ...userConditions(ctx, request, ''), ...activityConditions(ctx, request, '')]);
  const inWeek = and([compareTime('started_at', '>=', clock.minusDays(now, 7)), compareTime('started_at', '<=', now)]);
  const inRange = and(rangeConditions(ctx, 'started_at', params.from, params.to));
  // The day is aliased where it is first written (an aggregate's argument) and reused by name: 18.16 cannot nest aliases.
  const day = dayOf(localSeconds(ctx, 'started_at', false));
  // Seed 003's accuracy: submitted (ended) answers at the org's 0/1-scored activities, and those scored 1.
  const sub = `isNotNull(ended_at) AND activity_id IN (SELECT activity_id FROM ${ctx.t.activities} WHERE org_id = ${ctx.org} AND score_scale = 'binary')`;
  const perBucket = `SELECT ${bucketDayOf(params.bucket, 'day', params.weekStart)} AS b,
      countIf(${inWeek}) AS wn, countIf(${inWeek} AND isNotNull(score)) AS ws, sumIf(score, ${inWeek}) AS wsum,
      countIf(${inRange}) AS rn, countIf(${inRange} AND isNotNull(score)) AS rs, sumIf(score, ${inRange}) AS rsum,
      countIf(${inWeek} AND ${sub}) AS wsub, countIf(${inWeek} AND ${sub} AND score = 1) AS whit,
      countIf(${inRange} AND ${sub}) AS rsub, countIf(${inRange} AND ${sub} AND score = 1) AS rhit,
      maxIf(started_at, ${inRange}) AS rlast, groupUniqArrayIf(${day} AS day, day <= ${today}) AS active_days
    FROM ${ctx.t.attempts} WHERE ${mine}
    GROUP BY b`;
  const folded = `SELECT 1 AS _k, sum(wn) AS week_attempts, if(sum(ws) = 0, NULL, sum(wsum) / sum(ws)) AS week_avg,
      sum(wsub) AS week_submitted, sum(whit) AS week_correct, sum(rsub) AS submitted, sum(rhit) AS correct,
      sum(rn) AS total_attempts, if(sum(rs) = 0, NULL, sum(rsum) / sum(rs)) AS avg_score,
      if(sum(rn) = 0, NULL, toUInt32(max(rlast))) AS last_attempt,
      arraySort(x -> tupleElement(x, 1), groupArrayIf((b, if(rs = 0, NULL, rsum / rs), rn, rsub, rhit), rn > 0)) AS trend,
      arrayReverseSort(groupArrayArray(active_days)) AS days,
      arrayMap((d, i) -> d + i, days, arrayEnumerate(days)) AS run_keys,
      if(length(days) = 0 OR days[1] < ${today} - 1, 0, countEqual(run_keys, run_keys[1])) AS streak
    FROM (${perBucket})`;
  const [row] = await db.select(
    `SELECT display_name, week_attempts, week_avg, week_submitted, week_correct, total_attempts, avg_score, submitted, correct,
       last_attempt, trend, streak
     FROM (${folded})
     ANY LEFT JOIN (SELECT 1 AS _k, display_name FROM ${ctx.t.users} WHERE org_id = ${ctx.org} AND user_id = ${user}) USING _k`,
  );
  return readPersonalStats(userId, params.bucket, row!, ctx);
}
