import type { AdapterRequestFor, QueryResult } from '@learnlens/data-client';
import { and, readAccuracyTrend } from '@learnlens/sql';
import { context, type Db } from './context.js';
import { answerConditions, atQuestions, CORRECT, SUBMITTED } from './questions.js';
import { bucketDayOf, dayOf, localSeconds } from './time.js';

/** `accuracyTrend`: submitted and correct answers to questions per local day, week or month bucket of submission, in one aggregate. */
export async function accuracyTrend(request: AdapterRequestFor<'accuracyTrend'>, db: Db): Promise<QueryResult<'accuracyTrend'>> {
  const ctx = context(request, db);
  const where = and([...answerConditions(ctx, request), atQuestions(ctx)]);
  const bucket = bucketDayOf(request.params.bucket, dayOf(localSeconds(ctx, SUBMITTED)), request.params.weekStart);
  const rows = await db.select(
    `SELECT ${bucket} AS bucket_start, count() AS submitted, countIf(${CORRECT}) AS correct
     FROM ${ctx.t.attempts} WHERE ${where}
     GROUP BY bucket_start ORDER BY bucket_start`,
  );
  return readAccuracyTrend(request.params.bucket, rows, ctx);
}
