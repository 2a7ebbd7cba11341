import { distributionBuckets, ScopeError, scoreBuckets, scoreScaleSchema, type QueryResult, type ScoreScale } from '@learnlens/data-client';
import type { ResultReader, Row } from '../dialect.js';
import { and, factConditions } from '../filters.js';
import type { SqlQuery } from '../sqlQuery.js';
import { count, fieldsOf, num } from '../values.js';

const DAY_FIELDS = ['day', 'attempts', 'scored', 'avg_score'] as const;
const BUCKET_FIELDS = ['k', 'n'] as const;
const LEARNER_FIELDS = ['user_id', 'display_name', 'attempts', 'scored', 'avg_score', 'best', 'last_at'] as const;

/**
 * The histogram bucket of `score` (an expression) on one scale, as `scoreBucketOf` computes it in the catalog:
 * floor(score / width) clamped to the scale's buckets. The one SQL definition of the bucket: `toInt` is the
 * dialect's float-to-integer cast (PostgreSQL/DuckDB `CAST(… AS int)`, ClickHouse `toInt64(…)`).
 */
export function scoreBucketOnScale(score: string, scale: ScoreScale, toInt: (value: string) => string): string {
  const { width, count: n } = scoreBuckets[scale];
  return `least(greatest(${toInt(`floor(${score} / ${width})`)}, 0), ${n - 1})`;
}

/** The histogram bucket of `score` (an expression) for the scale held in `scale` (an expression), as in the catalog. */
export function scoreBucketSql(score: string, scale: string): string {
  const arms = (Object.keys(scoreBuckets) as ScoreScale[]).map(
    (name) => `WHEN '${name}' THEN ${scoreBucketOnScale(score, name, (v) => `CAST(${v} AS int)`)}`,
  );
  return `CASE ${scale} ${arms.join(' ')} END`;
}

/**
 * `activityDetail` in one statement over the activity's attempts in scope: the activity's own row (none: out of
 * scope), the totals, the histogram on its scale, the local days and the learners with the most attempts.
 */
export const activityDetail: SqlQuery<'activityDetail'> = (request, s) => {
  const { params } = request;
  const id = s.text(params.activityId);
  const where = and([...factConditions(s, request, 'a', { time: 'started_at', activity: 'activity_id' }), `a.activity_id = ${id}`]);
  const activity = `FROM ${s.rel('activities', 'act')} WHERE act.activity_id = ${id} AND act.org_id = ${s.org}`;
  const days = s.collect({ day: s.dayOut('d'), attempts: 'n', scored: 'ns', avg_score: 'avg_score' }, 'd');
  const hist = s.collect({ k: 'k', n: 'n' }, 'k');
  const order = `n DESC, ${s.textKey('user_id')}`;
  const learners = s.collect(
    {
      user_id: 'user_id', display_name: 'display_name', attempts: 'n', scored: 'ns', avg_score: 'avg_score', best: 'best',
      last_at: 'last_at',
    },
    order,
  );
  return {
    text: `WITH f AS NOT MATERIALIZED (SELECT a.user_id, a.started_at, a.score FROM ${s.rel('attempts', 'a')} WHERE ${where}),
     scale AS (SELECT act.score_scale AS sc ${activity}),
     days AS (SELECT ${s.localDay('started_at')} AS d, count(*) AS n, count(score) AS ns, avg(score) AS avg_score FROM f GROUP BY 1),
     hist AS (SELECT ${scoreBucketSql('f.score', 'scale.sc')} AS k, count(*) AS n FROM f CROSS JOIN scale WHERE f.score IS NOT NULL GROUP BY 1),
     per_learner AS (SELECT user_id, count(*) AS n, count(score) AS ns, avg(score) AS avg_score, max(score) AS best,
       max(started_at) AS last_started FROM f GROUP BY user_id),
     top_learners AS (SELECT l.user_id, coalesce(u.display_name, l.user_id) AS display_name, l.n, l.ns, l.avg_score, l.best,
       ${s.instantOut('l.last_started')} AS last_at
       FROM per_learner l LEFT JOIN ${s.rel('users', 'u')} ON u.user_id = l.user_id AND u.org_id = ${s.org}
       ORDER BY l.n DESC, ${s.textKey('l.user_id')} LIMIT ${s.int(params.learnerLimit)})
     SELECT
       (SELECT act.title ${activity} LIMIT 1) AS title,
       (SELECT sc FROM scale LIMIT 1) AS score_scale,
       (SELECT count(*) FROM f) AS attempts,
       (SELECT count(score) FROM f) AS scored,
       (SELECT avg(score) FROM f) AS avg_score,
       (SELECT ${hist} FROM hist) AS hist,
       (SELECT ${days} FROM days) AS days,
       (SELECT count(*) FROM per_learner) AS learner_total,
       (SELECT ${learners} FROM top_learners) AS learners`,
    read: (rows) => readActivityDetail(params.activityId, rows[0]!, s),
  };
};

/** The `activityDetail` result from its one row; no activity row means the activity is not the viewer's org's. */
export function readActivityDetail(activityId: string, r: Row, out: ResultReader): QueryResult<'activityDetail'> {
  const scale = scoreScaleSchema.safeParse(r.score_scale);
  if (r.title === null || r.title === undefined || !scale.success) throw new ScopeError();
  const counts = new Map<number, number>();
  for (const h of (r.hist as unknown[] | null) ?? []) {
    const [k, n] = fieldsOf(h, BUCKET_FIELDS);
    counts.set(count(k), count(n));
  }
  return {
    activityId,
    activityName: r.title as string,
    scoreScale: scale.data,
    attempts: count(r.attempts),
    scoredAttempts: count(r.scored),
    avgScore: num(r.avg_score),
    distribution: distributionBuckets(scale.data).map((b, k) => ({ ...b, count: counts.get(k) ?? 0 })),
    days: ((r.days as unknown[] | null) ?? []).map((d) => {
      const [day, n, ns, avg] = fieldsOf(d, DAY_FIELDS);
      return { day: out.readDate(day), attempts: count(n), scoredAttempts: count(ns), avgScore: num(avg) };
    }),
    learnerTotal: count(r.learner_total),
    learners: ((r.learners as unknown[] | null) ?? []).map((l) => {
      const [userId, name, n, ns, avg, best, last] = fieldsOf(l, LEARNER_FIELDS);
      return {
        userId: userId as string,
        displayName: name as string,
        attempts: count(n),
        scoredAttempts: count(ns),
        avgScore: num(avg),
        bestScore: num(best),
        lastAttemptAt: out.readInstant(last)!,
      };
    }),
  };
}
