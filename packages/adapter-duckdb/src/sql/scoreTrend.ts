import type { AdapterRequestFor, QueryResult } from '@learnlens/data-client';
import type { Db } from './exec.js';
import { context } from './context.js';
import { and, factConditions } from './filters.js';
import { bucketStart } from './time.js';

/** `scoreTrend`: avg(score), count(*) and count(score) per local day, week or month bucket, in one aggregate. */
export async function scoreTrend(request: AdapterRequestFor<'scoreTrend'>, db: Db): Promise<QueryResult<'scoreTrend'>> {
  const ctx = context(request, db);
  const where = and(factConditions(ctx, request, 'a', { time: 'started_at', activity: 'activity_id' }));
  const rows = await db.exec(
    `SELECT CAST(${bucketStart(ctx, request.params.bucket, 'a.started_at')} AS VARCHAR) AS bucket_start,
       avg(a.score) AS avg_score, count(*) AS attempts, count(a.score) AS scored
     FROM attempts a WHERE ${where}
     GROUP BY 1 ORDER BY 1`,
    ctx.b,
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
