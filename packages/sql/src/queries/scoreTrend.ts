import type { QueryResult } from '@learnlens/data-client';
import type { ResultReader, Row } from '../dialect.js';
import { accuracyOf, joinBinaryActivities, submittedBinary } from '../accuracy.js';
import { and, factConditions } from '../filters.js';
import type { SqlQuery } from '../sqlQuery.js';
import { count, num } from '../values.js';

/**
 * `scoreTrend`: avg(score), count(*), count(score) and count(ended_at) per local day, week or month, and seed 003's submitted and
 * correct binary answers, in one aggregate.
 */
export const scoreTrend: SqlQuery<'scoreTrend'> = (request, s) => {
  const where = and(factConditions(s, request, 'a', { time: 'started_at', activity: 'activity_id' }));
  const submitted = submittedBinary('a', 'bin');
  return {
    text: `SELECT ${s.dayOut('g.bucket')} AS bucket_start, g.avg_score, g.attempts, g.scored, g.completed, g.submitted, g.correct FROM (
       SELECT ${s.bucketStart(request.params.bucket, 'a.started_at', request.params.weekStart)} AS bucket,
         avg(a.score) AS avg_score, count(*) AS attempts, count(a.score) AS scored, count(a.ended_at) AS completed,
         count(*) FILTER (WHERE ${submitted}) AS submitted, count(*) FILTER (WHERE ${submitted} AND a.score = 1) AS correct
       FROM ${s.rel('attempts', 'a')} ${joinBinaryActivities(s, 'a', 'bin')} WHERE ${where}
       GROUP BY 1
     ) g ORDER BY g.bucket`,
    read: (rows) => readScoreTrend(request.params.bucket, rows, s),
  };
};

/** The `scoreTrend` result from its rows (one per bucket, in order). */
export function readScoreTrend(bucket: QueryResult<'scoreTrend'>['bucket'], rows: readonly Row[], out: ResultReader): QueryResult<'scoreTrend'> {
  return {
    bucket,
    points: rows.map((r) => ({
      bucketStart: out.readDate(r.bucket_start),
      avgScore: num(r.avg_score),
      attempts: count(r.attempts),
      scoredAttempts: count(r.scored),
      completedAttempts: count(r.completed),
      submittedAttempts: count(r.submitted),
      correctAttempts: count(r.correct),
      accuracy: accuracyOf(count(r.correct), count(r.submitted)),
    })),
  };
}
