import type { QueryResult } from '@learnlens/data-client';
import type { ResultReader, Row } from '../dialect.js';
import { and } from '../filters.js';
import { answerConditions, questionJoin, SUBMITTED_AT } from '../questions.js';
import type { SqlQuery } from '../sqlQuery.js';
import { count, num } from '../values.js';

/** `learningVelocity`: distinct questions, attempts and average time per local day of submission (seed 003 query 3). */
export const learningVelocity: SqlQuery<'learningVelocity'> = (request, s) => {
  const where = and(answerConditions(s, request, 'a'));
  return {
    text: `SELECT ${s.dayOut('g.day')} AS day, g.questions, g.attempts, g.avg_time FROM (
       SELECT ${s.localDay(`a.${SUBMITTED_AT}`)} AS day, count(DISTINCT a.activity_id) AS questions, count(*) AS attempts,
         avg(a.duration_seconds) AS avg_time
       FROM ${s.rel('attempts', 'a')} ${questionJoin(s, 'a', 'q')} WHERE ${where}
       GROUP BY 1
     ) g ORDER BY g.day`,
    read: (rows) => readLearningVelocity(rows, s),
  };
};

/** The `learningVelocity` result from its rows (one per day, in order). */
export function readLearningVelocity(rows: readonly Row[], out: ResultReader): QueryResult<'learningVelocity'> {
  return {
    days: rows.map((r) => ({
      day: out.readDate(r.day),
      questionsAttempted: count(r.questions),
      attempts: count(r.attempts),
      avgTimeSeconds: num(r.avg_time),
    })),
  };
}
