import type { AdapterRequestFor, QueryResult } from '@learnlens/data-client';
import { context } from './context.js';
import type { Db } from './db.js';
import { and, factConditions } from './filters.js';
import { bucketStart, dateText } from './time.js';

/** `masteryTrend`: per content item and local bucket, mastery averages and a 95% band (seed 001 `content_mastery_trends`). */
export async function masteryTrend(request: AdapterRequestFor<'masteryTrend'>, db: Db): Promise<QueryResult<'masteryTrend'>> {
  const ctx = context(request, db.mapping);
  const where = and(factConditions(ctx, request, 'm', { time: 'occurred_at', activity: 'content_id' }));
  const rows = await db.exec(
    `WITH g AS (
       SELECT m.content_id, m.content_type, ${bucketStart(ctx, request.params.bucket, 'm.occurred_at')} AS bucket,
         count(DISTINCT m.user_id) AS learners, avg(m.mastery_delta) AS change, avg(m.current_mastery) AS current,
         avg(m.confidence_score) AS confidence, count(*) AS n, stddev_samp(m.current_mastery) AS sd
       FROM ${ctx.rel('mastery_deltas')} m WHERE ${where}
       GROUP BY 1, 2, 3
     )
     SELECT content_id, content_type, ${dateText('bucket')} AS bucket_start, learners, change, current, confidence, n,
       CASE WHEN n = 1 THEN current ELSE greatest(0.0, least(1.0, current - 1.96 * sd / sqrt(n))) END AS band_low,
       CASE WHEN n = 1 THEN current ELSE greatest(0.0, least(1.0, current + 1.96 * sd / sqrt(n))) END AS band_high
     FROM g ORDER BY content_id COLLATE "C", content_type COLLATE "C", bucket`,
    ctx.b.values,
  );
  return {
    bucket: request.params.bucket,
    rows: rows.map((r) => ({
      contentId: r.content_id as string,
      contentType: r.content_type as string,
      bucketStart: r.bucket_start as string,
      learnersAffected: r.learners as number,
      avgMasteryChange: r.change as number,
      avgCurrentMastery: r.current as number,
      avgConfidence: r.confidence as number,
      deltaCount: r.n as number,
      bandLow: r.band_low as number,
      bandHigh: r.band_high as number,
    })),
  };
}
