import type { AdapterRequestFor, QueryResult } from '@learnlens/data-client';
import { and, readLearningVelocity } from '@learnlens/sql';
import { context, type Db } from './context.js';
import { answerConditions, atQuestions, SUBMITTED } from './questions.js';
import { dayOf, localSeconds } from './time.js';

/** `learningVelocity`: distinct questions, attempts and average time per local day of submission (seed 003 query 3). */
export async function learningVelocity(request: AdapterRequestFor<'learningVelocity'>, db: Db): Promise<QueryResult<'learningVelocity'>> {
  const ctx = context(request, db);
  const where = and([...answerConditions(ctx, request), atQuestions(ctx)]);
  const rows = await db.select(
    `SELECT ${dayOf(localSeconds(ctx, SUBMITTED))} AS day, uniqExact(activity_id) AS questions, count() AS attempts,
       avg(duration_seconds) AS avg_time
     FROM ${ctx.t.attempts} WHERE ${where}
     GROUP BY day ORDER BY day`,
  );
  return readLearningVelocity(rows, ctx);
}
