import type { AdapterRequestFor, QueryResult } from '@learnlens/data-client';
import { context, type Db } from './context.js';
import { and, factConditions } from './filters.js';
import { bucketDayOf, dateOf, dayOf, localSeconds, num } from './time.js';

/** `scoreTrend`: avg(score), count() and count(score) per local day, week or month bucket, in one aggregate. */
export async function scoreTrend(request: AdapterRequestFor<'scoreTrend'>, db: Db): Promise<QueryResult<'scoreTrend'>> {
  const ctx = context(request, db);
  const where = and(factConditions(ctx, request, { time: 'started_at', activity: 'activity_id' }));
  const bucket = bucketDayOf(request.params.bucket, dayOf(localSeconds(ctx, 'started_at')));
  const rows = await db.select(
    `SELECT ${bucket} AS bucket_day, avg(score) AS avg_score, count() AS attempts, count(score) AS scored
     FROM ${ctx.t.attempts} WHERE ${where}
     GROUP BY bucket_day ORDER BY bucket_day`,
  );
  return {
    bucket: request.params.bucket,
    points: rows.map((r) => ({
      bucketStart: dateOf(r.bucket_day),
      avgScore: num(r.avg_score),
      attempts: num(r.attempts)!,
      scoredAttempts: num(r.scored)!,
    })),
  };
}
