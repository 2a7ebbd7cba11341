import type { AdapterRequestFor, QueryResult } from '@learnlens/data-client';
import { and, factConditions, MASTERY_BAND, readMasteryTrend } from '@learnlens/sql';
import { context, type Db } from './context.js';
import { sampleStddev } from './stats.js';
import { bucketDayOf, dayOf, localSeconds } from './time.js';

/**
 * `masteryTrend`: per content item and local bucket, mastery averages and a 95% band (seed 001 `content_mastery_trends`).
 */
export async function masteryTrend(request: AdapterRequestFor<'masteryTrend'>, db: Db): Promise<QueryResult<'masteryTrend'>> {
  const ctx = context(request, db);
  const where = and(factConditions(ctx, request, '', { time: 'occurred_at', activity: 'content_id' }));
  const bucket = bucketDayOf(request.params.bucket, dayOf(localSeconds(ctx, 'occurred_at')), request.params.weekStart);
  const rows = await db.select(
    `SELECT content_id, content_type, bucket_start, learners, change, current, confidence, n,
       ${MASTERY_BAND.low} AS band_low, ${MASTERY_BAND.high} AS band_high
     FROM (
       SELECT content_id, content_type, ${bucket} AS bucket_start, uniqExact(user_id) AS learners,
         avg(mastery_delta) AS change, avg(current_mastery) AS current, avg(confidence_score) AS confidence,
         count() AS n, ${sampleStddev('groupArray(current_mastery)', 'current', 'n')} AS sd
       FROM ${ctx.t.mastery_deltas} WHERE ${where}
       GROUP BY content_id, content_type, bucket_start
     )
     ORDER BY content_id, content_type, bucket_start`,
  );
  return readMasteryTrend(request.params.bucket, rows, ctx);
}
