import { zoneClock, type AdapterRequestFor, type QueryResult } from '@learnlens/data-client';
import type { Db } from './exec.js';
import { context } from './context.js';
import { activityConditions, and, userConditions } from './filters.js';
import { bucketStart, epochMs, isoOf, localDay, rangeConditions } from './time.js';

/**
 * `personalStats` in one statement: the last 7 days, the [from, to) totals and trend, and the current streak of
 * local days with an attempt (gaps-and-islands over the learner's distinct days).
 */
export async function personalStats(
  request: AdapterRequestFor<'personalStats'>,
  db: Db,
): Promise<QueryResult<'personalStats'>> {
  const { params } = request;
  const ctx = context(request, db);
  const userId = params.userId ?? request.scope.viewer.userId;
  const user = ctx.b.text(userId);
  const now = Date.parse(params.now);
  const nowPh = ctx.b.instant(now);
  // This week is [now - interval '7 days', now] in a session whose time zone is the param's, as orgOverview's
  // windows: 7 calendar days, so a DST change inside the week makes it an hour shorter or longer than 168 h.
  const clock = zoneClock(params.timezone);
  const weekStart = ctx.b.instant(clock.minusDays(now, 7));
  const today = ctx.b.int(clock.localDay(now));
  const mine = and([
    `a.org_id = ${ctx.org}`,
    `a.user_id = ${user}`,
    ...userConditions(ctx, request, 'a'),
    ...activityConditions(ctx, request, 'a', 'activity_id'),
  ]);
  const inRange = and(rangeConditions(ctx, 'started_at', params.from, params.to));
  const [row] = await db.exec(
    `WITH mine AS NOT MATERIALIZED (SELECT a.started_at, a.score FROM attempts a WHERE ${mine}),
     ranged AS NOT MATERIALIZED (SELECT * FROM mine WHERE ${inRange}),
     days AS (
       SELECT DISTINCT ${localDay(ctx, 'started_at')} AS d FROM mine WHERE ${localDay(ctx, 'started_at')} <= ${today}
     ),
     islands AS (SELECT d, d - row_number() OVER (ORDER BY d) AS grp FROM days),
     trend AS (
       SELECT CAST(${bucketStart(ctx, params.bucket, 'started_at')} AS VARCHAR) AS bucket_start, avg(score) AS avg_score,
         count(*) AS attempts
       FROM ranged GROUP BY 1
     )
     SELECT
       (SELECT display_name FROM users WHERE user_id = ${user} AND org_id = ${ctx.org}) AS display_name,
       (SELECT count(*) FROM mine WHERE started_at >= ${weekStart} AND started_at <= ${nowPh}) AS week_attempts,
       (SELECT avg(score) FROM mine WHERE started_at >= ${weekStart} AND started_at <= ${nowPh}) AS week_avg,
       (SELECT count(*) FROM ranged) AS total_attempts,
       (SELECT avg(score) FROM ranged) AS avg_score,
       (SELECT ${epochMs('max(started_at)')} FROM ranged) AS last_ms,
       (SELECT count(*) FROM islands
         WHERE grp = (SELECT arg_max(grp, d) FROM islands)
           AND (SELECT max(d) FROM islands) >= ${today} - 1) AS streak,
       (SELECT list({'bucket_start': bucket_start, 'avg_score': avg_score, 'attempts': attempts} ORDER BY bucket_start)
         FROM trend) AS trend`,
    ctx.b,
  );
  const r = row!;
  const trend = (r.trend as Array<{ bucket_start: string; avg_score: number | null; attempts: number }> | null) ?? [];
  return {
    userId,
    displayName: (r.display_name as string | null) ?? userId,
    attemptsThisWeek: r.week_attempts as number,
    avgScoreThisWeek: (r.week_avg as number | null) ?? null,
    totalAttempts: r.total_attempts as number,
    avgScore: (r.avg_score as number | null) ?? null,
    lastAttemptAt: isoOf(r.last_ms),
    currentStreakDays: r.streak as number,
    bucket: params.bucket,
    trend: trend.map((t) => ({ bucketStart: t.bucket_start, avgScore: t.avg_score ?? null, attempts: t.attempts })),
  };
}
