import type { AdapterRequestFor, QueryResult } from '@learnlens/data-client';
import { context } from './context.js';
import type { Db } from './db.js';
import { and, factConditions } from './filters.js';
import { bucketStart, dateText } from './time.js';

/** `scoreTrend`: avg(score), count(*) and count(score) per local day, week or month, in one aggregate. */
export async function scoreTrend(request: AdapterRequestFor<'scoreTrend'>, db: Db): Promise<QueryResult<'scoreTrend'>> {
  const ctx = context(request, db.mapping);
  const where = and(factConditions(ctx, request, 'a', { time: 'started_at', activity: 'activity_id' }));
  const rows = await db.exec(
    `SELECT ${dateText('g.bucket')} AS bucket_start, g.avg_score, g.attempts, g.scored FROM (
       SELECT ${bucketStart(ctx, request.params.bucket, 'a.started_at')} AS bucket,
         avg(a.score) AS avg_score, count(*) AS attempts, count(a.score) AS scored
       FROM ${ctx.rel('attempts')} a WHERE ${where}
       GROUP BY 1
     ) g ORDER BY g.bucket`,
    ctx.b.values,
  );
  return {
    bucket: request.params.bucket,
    points: rows.map((r) => ({
      bucketStart: r.bucket_start as string,
      avgScore: (r.avg_score as number | null) ?? null,
      attempts: r.attempts as number,
      scoredAttempts: r.scored as number,
    })),
  };
}
