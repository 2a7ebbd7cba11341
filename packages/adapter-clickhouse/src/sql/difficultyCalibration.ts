import type { AdapterRequestFor, QueryResult } from '@learnlens/data-client';
import { and, readDifficultyCalibration } from '@learnlens/sql';
import { context, type Db } from './context.js';
import { answerConditions, CORRECT, joinQuestions } from './questions.js';

/** `difficultyCalibration`: one aggregate per question with an attempt; the reader adds up the 1–5 levels. */
export async function difficultyCalibration(
  request: AdapterRequestFor<'difficultyCalibration'>,
  db: Db,
): Promise<QueryResult<'difficultyCalibration'>> {
  const ctx = context(request, db);
  const where = and(answerConditions(ctx, request));
  const rows = await db.select(
    `SELECT activity_id, any(q_title) AS title, any(q_topic) AS topic, any(q_difficulty) AS difficulty,
       any(q_level) AS difficulty_level,
       count() AS attempts, countIf(${CORRECT}) AS correct
     FROM ${ctx.t.attempts}
     ${joinQuestions(ctx, 'title AS q_title, category AS q_topic, difficulty AS q_difficulty, difficulty_level AS q_level')}
     WHERE ${where}
     GROUP BY activity_id`,
  );
  return readDifficultyCalibration(request.params, rows);
}
