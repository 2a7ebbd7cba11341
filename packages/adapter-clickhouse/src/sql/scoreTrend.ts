import type { AdapterRequestFor, QueryResult } from '@learnlens/data-client';
import { and, factConditions, readScoreTrend } from '@learnlens/sql';
import { context, type Db } from './context.js';
import { bucketDayOf, dayOf, localSeconds } from './time.js';

/** `scoreTrend`: avg(score), count() and count(score) per local day, week or month bucket, in one aggregate. */
export async function scoreTrend(request: AdapterRequestFor<'scoreTrend'>, db: Db): Promise<QueryResult<'scoreTrend'>> {
  const ctx = context(request, db);
  const where = and(factConditions(ctx, request, '', { time: 'started_at', activity: 'activity_id' }));
  const bucket = bucketDayOf(request.params.bucket, dayOf(localSeconds(ctx, 'started_at')), request.params.weekStart);
  // Seed 003's accuracy: submitted (ended) answers at the org's 0/1-scored activities, and those scored 1.
  const submitted = `isNotNull(ended_at) AND activity_id IN (SELECT activity_id FROM ${ctx.t.activities} WHERE org_id = ${ctx.org} AND score_scale = 'binary')`;
  const rows = await db.select(
    `SELECT ${bucket} AS bucket_start, avg(score) AS avg_score, count() AS attempts, count(score) AS scored, countIf(isNotNull(ended_at)) AS completed,
       countIf(${submitted}) AS submitted, countIf(${submitted} AND score = 1) AS correct
     FROM ${ctx.t.attempts} WHERE ${where}
     GROUP BY bucket_start ORDER BY bucket_start`,
  );
  return readScoreTrend(request.params.bucket, rows, ctx);
}
