import type { QueryResult } from '@learnlens/data-client';
import type { ResultReader, Row } from '../dialect.js';
import { and, factConditions } from '../filters.js';
import type { SqlQuery } from '../sqlQuery.js';
import { count } from '../values.js';

/**
 * `masteryProgression` (seed 001 "mastery progression tracking"): per learner and local bucket, the content items whose
 * mastery rose from below the threshold to it or above.
 */
export const masteryProgression: SqlQuery<'masteryProgression'> = (request, s) => {
  const { params } = request;
  // Bound as text and cast, so the threshold is the same double every backend compares with.
  const threshold = `CAST(${s.text(String(params.threshold))} AS float8)`;
  const where = and([
    ...factConditions(s, request, 'm', { time: 'occurred_at', activity: 'content_id' }),
    `m.previous_mastery < ${threshold}`,
    `m.current_mastery >= ${threshold}`,
  ]);
  return {
    text: `SELECT g.user_id, ${s.dayOut('g.bucket')} AS bucket_start, g.items FROM (
       SELECT m.user_id, ${s.bucketStart(params.bucket, 'm.occurred_at', params.weekStart)} AS bucket, count(DISTINCT m.content_id) AS items
       FROM ${s.rel('mastery_deltas', 'm')} WHERE ${where}
       GROUP BY 1, 2
     ) g ORDER BY g.bucket, ${s.textKey('g.user_id')}`,
    read: (rows) => readMasteryProgression(params, rows, s),
  };
};

/** The `masteryProgression` result from its rows (one per learner and bucket, in order). */
export function readMasteryProgression(
  params: Pick<QueryResult<'masteryProgression'>, 'bucket' | 'threshold'>,
  rows: readonly Row[],
  out: ResultReader,
): QueryResult<'masteryProgression'> {
  return {
    bucket: params.bucket,
    threshold: params.threshold,
    rows: rows.map((r) => ({ learnerId: r.user_id as string, bucketStart: out.readDate(r.bucket_start), itemsCrossed: count(r.items) })),
  };
}
