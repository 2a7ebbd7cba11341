import type { AdapterRequestFor, QueryResult } from '@learnlens/data-client';
import { and, factConditions, readMasteryProgression } from '@learnlens/sql';
import { float } from '../literal.js';
import { context, type Db } from './context.js';
import { bucketDayOf, dayOf, localSeconds } from './time.js';

/** `masteryProgression`: per learner and local bucket, the content items whose mastery crossed the threshold upwards. */
export async function masteryProgression(request: AdapterRequestFor<'masteryProgression'>, db: Db): Promise<QueryResult<'masteryProgression'>> {
  const { params } = request;
  const ctx = context(request, db);
  const threshold = float(params.threshold);
  const where = and([
    ...factConditions(ctx, request, '', { time: 'occurred_at', activity: 'content_id' }),
    `previous_mastery < ${threshold}`,
    `current_mastery >= ${threshold}`,
  ]);
  const bucket = bucketDayOf(params.bucket, dayOf(localSeconds(ctx, 'occurred_at')), params.weekStart);
  const rows = await db.select(
    `SELECT user_id, bucket_start, uniqExact(content_id) AS items FROM (
       SELECT user_id, content_id, ${bucket} AS bucket_start FROM ${ctx.t.mastery_deltas} WHERE ${where}
     )
     GROUP BY user_id, bucket_start ORDER BY bucket_start, user_id`,
  );
  return readMasteryProgression(params, rows, ctx);
}
