import type { QueryResult } from '@learnlens/data-client';
import type { ResultReader, Row } from '../dialect.js';
import { accuracyOf, joinBinaryActivities, submittedBinary } from '../accuracy.js';
import { activityConditions, and, rangeConditions, userConditions } from '../filters.js';
import type { SqlQuery } from '../sqlQuery.js';
import { count, fieldsOf, num } from '../values.js';

const TREND_FIELDS = ['bucket_start', 'avg_score', 'attempts', 'submitted', 'correct'] as const;

/**
 * `personalStats` in one statement: the last 7 calendar days, the [from, to) totals and trend, and the current streak
 * of local days with an attempt (gaps and islands over the learner's distinct days).
 */
export const personalStats: SqlQuery<'personalStats'> = (request, s) => {
  const { params } = request;
  const userId = params.userId ?? request.scope.viewer.userId;
  const user = s.text(userId);
  const now = s.instant(params.now);
  const today = s.today(params.now);
  const mine = and([`a.org_id = ${s.org}`, `a.user_id = ${user}`, ...userConditions(s, request, 'a'), ...activityConditions(s, request, 'a')]);
  const inRange = and(rangeConditions(s, 'started_at', params.from, params.to));
  // This week is [now - interval '7 days', now] in a session whose time zone is the request's, as orgOverview's windows.
  const thisWeek = `started_at >= ${s.daysBefore(params.now, 7)} AND started_at <= ${now}`;
  const trend = s.collect(
    { bucket_start: s.dayOut('bucket'), avg_score: 'avg_score', attempts: 'attempts', submitted: 'submitted', correct: 'correct' },
    'bucket',
  );
  // sub: a submitted binary answer (seed 003's accuracy counts it, correct or not); hit: one scored 1.
  const flags = `CASE WHEN ${submittedBinary('a', 'bin')} THEN 1 ELSE 0 END AS sub,
       CASE WHEN ${submittedBinary('a', 'bin')} AND a.score = 1 THEN 1 ELSE 0 END AS hit`;
  return {
    text: `WITH mine AS NOT MATERIALIZED (SELECT a.started_at, a.score, ${flags}
       FROM ${s.rel('attempts', 'a')} ${joinBinaryActivities(s, 'a', 'bin')} WHERE ${mine}),
     ranged AS NOT MATERIALIZED (SELECT * FROM mine WHERE ${inRange}),
     days AS (SELECT DISTINCT ${s.localDay('started_at')} AS d FROM mine WHERE ${s.localDay('started_at')} <= ${today}),
     islands AS (SELECT d, d - CAST(row_number() OVER (ORDER BY d) AS int) AS grp FROM days),
     trend AS (SELECT ${s.bucketStart(params.bucket, 'started_at', params.weekStart)} AS bucket, avg(score) AS avg_score, count(*) AS attempts,
       sum(sub) AS submitted, sum(hit) AS correct FROM ranged GROUP BY 1)
     SELECT
       (SELECT u.display_name FROM ${s.rel('users', 'u')} WHERE u.user_id = ${user} AND u.org_id = ${s.org} LIMIT 1) AS display_name,
       (SELECT count(*) FROM mine WHERE ${thisWeek}) AS week_attempts,
       (SELECT avg(score) FROM mine WHERE ${thisWeek}) AS week_avg,
       (SELECT sum(sub) FROM mine WHERE ${thisWeek}) AS week_submitted,
       (SELECT sum(hit) FROM mine WHERE ${thisWeek}) AS week_correct,
       (SELECT count(*) FROM ranged) AS total_attempts,
       (SELECT avg(score) FROM ranged) AS avg_score,
       (SELECT sum(sub) FROM ranged) AS submitted,
       (SELECT sum(hit) FROM ranged) AS correct,
       (SELECT ${s.instantOut('max(started_at)')} FROM ranged) AS last_attempt,
       (SELECT count(*) FROM islands
         WHERE grp = (SELECT grp FROM islands ORDER BY d DESC LIMIT 1)
           AND (SELECT max(d) FROM islands) >= ${today} - 1) AS streak,
       (SELECT ${trend} FROM trend) AS trend`,
    read: (rows) => readPersonalStats(userId, params.bucket, rows[0]!, s),
  };
};

/** The `personalStats` result from its one row; `trend` holds records of bucket_start, avg_score and attempts. */
export function readPersonalStats(
  userId: string,
  bucket: QueryResult<'personalStats'>['bucket'],
  r: Row,
  out: ResultReader,
): QueryResult<'personalStats'> {
  const trend = (r.trend as unknown[] | null) ?? [];
  return {
    userId,
    displayName: (r.display_name as string | null) ?? userId,
    attemptsThisWeek: count(r.week_attempts),
    avgScoreThisWeek: num(r.week_avg),
    accuracyThisWeek: accuracyOf(count(r.week_correct), count(r.week_submitted)),
    totalAttempts: count(r.total_attempts),
    avgScore: num(r.avg_score),
    accuracy: accuracyOf(count(r.correct), count(r.submitted)),
    lastAttemptAt: out.readInstant(r.last_attempt),
    currentStreakDays: count(r.streak),
    bucket,
    trend: trend.map((t) => {
      const [b, avg, n, submitted, correct] = fieldsOf(t, TREND_FIELDS);
      return { bucketStart: out.readDate(b), avgScore: num(avg), accuracy: accuracyOf(count(correct), count(submitted)), attempts: count(n) };
    }),
  };
}
