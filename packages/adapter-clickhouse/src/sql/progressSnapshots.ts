import { FAMILIAR_PERCENT, type AdapterRequestFor, type QueryResult } from '@learnlens/data-client';
import { activityConditions, and, isAnswer, rangeConditions, readProgressSnapshot, userConditions, type Row } from '@learnlens/sql';
import { inList, int } from '../literal.js';
import { context, type Db } from './context.js';
import { SUBMITTED } from './questions.js';
import { bucketDayOf, dayOf, localSeconds } from './time.js';

// A topic is "struggling" when the latest answers in it are below topicMastery's familiar line (FAMILIAR_PERCENT).

/**
 * `progressSnapshots`: per learner and bucket they answered in, their progress at the bucket's end. 18.16 has neither
 * row_number() nor joins on inequalities, so each snapshot is joined to the learner's answers by user (USING) and
 * filtered to the earlier buckets; each topic's answers are ranked by a reverse sort of (submitted_at, attempt_id,
 * correct) tuples. Levels, reviews and cards are three statements, merged and paged here by learner and bucket.
 */
export async function progressSnapshots(
  request: AdapterRequestFor<'progressSnapshots'>,
  db: Db,
): Promise<QueryResult<'progressSnapshots'>> {
  const { params } = request;
  const ctx = context(request, db);
  const { t } = ctx;
  const b = params.bucket;
  const n = int(params.recentAttempts);
  const percent = int(Math.round(params.masteryThreshold * 100));
  // History before `from` counts, so local days use the zone's whole offset table.
  const days = (expr: string) => dayOf(localSeconds(ctx, expr, false));
  const answers = `SELECT user_id, activity_id, attempt_id, submitted_at, score, ifNull(score = 1, 0) AS ok,
      ${bucketDayOf(b, 'answer_day', params.weekStart)} AS bk
    FROM (
      SELECT user_id, activity_id, attempt_id, ${SUBMITTED} AS submitted_at, score, ${days(SUBMITTED)} AS answer_day FROM ${t.attempts}
      WHERE ${and([
        `org_id = ${ctx.org}`,
        ...userConditions(ctx, request, ''),
        ...activityConditions(ctx, request, ''),
        ...rangeConditions(ctx, SUBMITTED, undefined, params.to),
        isAnswer(ctx, ''),
      ])}
    )`;
  const snaps = `SELECT DISTINCT user_id, bk AS snap FROM (${answers}) WHERE ${and(rangeConditions(ctx, 'submitted_at', params.from, undefined))}`;
  const topics = `SELECT user_id, bk, submitted_at, attempt_id, ok, topic FROM (${answers})
    ANY LEFT JOIN (SELECT activity_id, category AS topic FROM ${t.activities} WHERE org_id = ${ctx.org}) USING activity_id`;
  const cells = `SELECT user_id, snap, topic, count() AS topic_n, sum(ok) AS topic_c,
      arrayReverseSort(groupArray((submitted_at, attempt_id, ok))) AS xs,
      arraySlice(xs, 1, ${n}) AS recent, arraySlice(xs, ${n} + 1, ${n}) AS earlier,
      length(recent) AS rn, arraySum(arrayMap(x -> tupleElement(x, 3), recent)) AS rc,
      length(earlier) AS en, arraySum(arrayMap(x -> tupleElement(x, 3), earlier)) AS ec
    FROM (${snaps}) ALL INNER JOIN (${topics}) USING user_id
    WHERE bk <= snap
    GROUP BY user_id, snap, topic`;
  const levelsSql = `SELECT user_id, snap, sum(topic_n) AS n, sum(topic_c) AS c,
      countIf(rn = ${n} AND 100 * rc >= ${percent} * rn AND en = ${n} AND 100 * ec >= ${percent} * en) AS mastered,
      countIf(NOT (rn = ${n} AND 100 * rc >= ${percent} * rn) AND 100 * rc < ${FAMILIAR_PERCENT} * rn) AS struggling
    FROM (${cells}) GROUP BY user_id, snap`;
  const reviewedSql = `SELECT user_id, bk AS snap, uniqExact(activity_id) AS reviewed FROM (${answers})
    WHERE isNotNull(score) GROUP BY user_id, snap`;
  const cards = `SELECT user_id, ${bucketDayOf(b, 'last_day', params.weekStart)} AS last_bk, ${bucketDayOf(b, 'next_day', params.weekStart)} AS next_bk, ease_factor FROM (
      SELECT user_id, ${days('last_reviewed_at')} AS last_day, ${days('next_review_at')} AS next_day, ease_factor FROM ${t.spaced_repetition}
      WHERE ${and([
        `org_id = ${ctx.org}`,
        ...userConditions(ctx, request, ''),
        ...activityConditions(ctx, request, ''),
        ...rangeConditions(ctx, 'last_reviewed_at', undefined, params.to),
      ])}
    )`;
  const cardsSql = `SELECT user_id, snap, countIf(next_bk <= snap) AS due, avg(ease_factor) AS ease
    FROM (${snaps}) ALL INNER JOIN (${cards}) USING user_id
    WHERE last_bk <= snap
    GROUP BY user_id, snap`;

  const [levels, reviewed, srs] = await Promise.all([db.select(levelsSql), db.select(reviewedSql), db.select(cardsSql)]);
  const key = (r: Row) => `${r.user_id as string}\u0000${Number(r.snap)}`;
  const reviewedBy = new Map(reviewed.map((r) => [key(r), r.reviewed]));
  const cardsBy = new Map(srs.map((r) => [key(r), r]));
  const ids = [...new Set(levels.map((r) => r.user_id as string))];
  const names = new Map<string, unknown>();
  if (ids.length > 0) {
    for (const r of await db.select(`SELECT user_id, display_name FROM ${t.users} WHERE org_id = ${ctx.org} AND ${inList('user_id', ids)}`)) {
      names.set(r.user_id as string, r.display_name);
    }
  }
  const all = levels
    .map((r) => ({ user: r.user_id as string, snap: Number(r.snap), r }))
    .sort((x, y) => byCodePoint(x.user, y.user) || x.snap - y.snap);
  const end = params.limit === undefined ? all.length : params.offset + params.limit;
  const rows = all.slice(params.offset, end).map(({ user, snap, r }) => {
    const sr = cardsBy.get(key(r));
    return readProgressSnapshot(
      {
        user_id: user,
        display_name: names.get(user) ?? user,
        bucket_start: snap,
        n: r.n,
        c: r.c,
        mastered: r.mastered,
        struggling: r.struggling,
        due: sr?.due ?? 0,
        reviewed: reviewedBy.get(key(r)) ?? 0,
        ease: sr?.ease ?? null,
      },
      ctx,
    );
  });
  return { bucket: b, total: all.length, rows };
}

// Code-point order, as the other backends sort learner ids.
function byCodePoint(a: string, b: string): number {
  const x = [...a].map((c) => c.codePointAt(0)!);
  const y = [...b].map((c) => c.codePointAt(0)!);
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
  return x.length - y.length;
}
