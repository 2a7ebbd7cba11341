import type { QueryResult } from '@learnlens/data-client';
import type { ResultReader, Row } from '../dialect.js';
import { and, factConditions } from '../filters.js';
import type { SqlQuery } from '../sqlQuery.js';
import { count, num } from '../values.js';

/** The 95% band's bounds, clamped to [0, 1]; a single delta is its own band. Over columns `current`, `sd`, `n`. */
export const MASTERY_BAND = {
  low: 'CASE WHEN n = 1 THEN current ELSE greatest(0.0, least(1.0, current - 1.96 * sd / sqrt(n))) END',
  high: 'CASE WHEN n = 1 THEN current ELSE greatest(0.0, least(1.0, current + 1.96 * sd / sqrt(n))) END',
};

/** `masteryTrend`: per content item and local bucket, mastery averages and a 95% band (seed 001 `content_mastery_trends`). */
export const masteryTrend: SqlQuery<'masteryTrend'> = (request, s) => {
  const where = and(factConditions(s, request, 'm', { time: 'occurred_at', activity: 'content_id' }));
  return {
    text: `WITH g AS (
       SELECT m.content_id, m.content_type, ${s.bucketStart(request.params.bucket, 'm.occurred_at', request.params.weekStart)} AS bucket,
         count(DISTINCT m.user_id) AS learners, avg(m.mastery_delta) AS change, avg(m.current_mastery) AS current,
         avg(m.confidence_score) AS confidence, count(*) AS n, stddev_samp(m.current_mastery) AS sd
       FROM ${s.rel('mastery_deltas', 'm')} WHERE ${where}
       GROUP BY 1, 2, 3
     )
     SELECT content_id, content_type, ${s.dayOut('bucket')} AS bucket_start, learners, change, current, confidence, n,
       ${MASTERY_BAND.low} AS band_low, ${MASTERY_BAND.high} AS band_high
     FROM g ORDER BY ${s.textKey('content_id')}, ${s.textKey('content_type')}, bucket`,
    read: (rows) => readMasteryTrend(request.params.bucket, rows, s),
  };
};

/** The `masteryTrend` result from its rows (one per content item and bucket, in order). */
export function readMasteryTrend(bucket: QueryResult<'masteryTrend'>['bucket'], rows: readonly Row[], out: ResultReader): QueryResult<'masteryTrend'> {
  return {
    bucket,
    rows: rows.map((r) => ({
      contentId: r.content_id as string,
      contentType: r.content_type as string,
      bucketStart: out.readDate(r.bucket_start),
      learnersAffected: count(r.learners),
      avgMasteryChange: count(r.change),
      avgCurrentMastery: count(r.current),
      avgConfidence: count(r.confidence),
      deltaCount: count(r.n),
      bandLow: count(r.band_low),
      bandHigh: count(r.band_high),
    })),
  };
}
