import type { AdapterRequestFor, QueryResult } from '@learnlens/data-client';
import { context, type Db } from './context.js';
import { sampleStddev } from './stats.js';
import { and, factConditions } from './filters.js';
import { bucketDayOf, dateOf, dayOf, localSeconds, num } from './time.js';

/**
 * `masteryTrend`: per content item and local bucket, mastery averages and a 95% band (seed 001 `content_mastery_trends`).
 */
export async function masteryTrend(request: AdapterRequestFor<'masteryTrend'>, db: Db): Promise<QueryResult<'masteryTrend'>> {
  const ctx = context(request, db);
  const where = and(factConditions(ctx, request, { time: 'occurred_at', activity: 'content_id' }));
  const bucket = bucketDayOf(request.params.bucket, dayOf(localSeconds(ctx, 'occurred_at')));
  const rows = await db.select(
    `SELECT content_id, content_type, bucket_day, learners, change, current, confidence, n,
       if(n = 1, current, greatest(0., least(1., current - 1.96 * sd / sqrt(n)))) AS band_low,
       if(n = 1, current, greatest(0., least(1., current + 1.96 * sd / sqrt(n)))) AS band_high
     FROM (
       SELECT content_id, content_type, ${bucket} AS bucket_day, uniqExact(user_id) AS learners,
         avg(mastery_delta) AS change, avg(current_mastery) AS current, avg(confidence_score) AS confidence,
         count() AS n, ${sampleStddev('groupArray(current_mastery)', 'current', 'n')} AS sd
       FROM ${ctx.t.mastery_deltas} WHERE ${where}
       GROUP BY content_id, content_type, bucket_day
     )
     ORDER BY content_id, content_type, bucket_day`,
  );
  return {
    bucket: request.params.bucket,
    rows: rows.map((r) => ({
      contentId: r.content_id as string,
      contentType: r.content_type as string,
      bucketStart: dateOf(r.bucket_day),
      learnersAffected: num(r.learners)!,
      avgMasteryChange: num(r.change)!,
      avgCurrentMastery: num(r.current)!,
      avgConfidence: num(r.confidence)!,
      deltaCount: num(r.n)!,
      bandLow: num(r.band_low)!,
      bandHigh: num(r.band_high)!,
    })),
  };
}
