import { parseSort, type QueryResult } from '@learnlens/data-client';
import type { ResultReader, Row } from '../dialect.js';
import { and } from '../filters.js';
import { orderTerm, page, pagedStatement, pageOf } from '../paging.js';
import { accuracyHundredths, answerConditions, correctFlag, questionJoin, SUBMITTED_AT } from '../questions.js';
import { studentPerformanceSort, sortKey } from '../sortColumns.js';
import type { SqlQuery } from '../sqlQuery.js';
import { count, num } from '../values.js';

/** `studentPerformance`: the seed's `mv_student_performance` per learner, sorted and paged with a total. */
export const studentPerformance: SqlQuery<'studentPerformance'> = (request, s) => {
  const { params } = request;
  const where = and(answerConditions(s, request, 'a'));
  const { field, descending } = parseSort(params.sort);
  const column = studentPerformanceSort[field];
  const body = `SELECT g.*, coalesce(u.display_name, g.user_id) AS display_name,
      ${accuracyHundredths('g.correct_attempts', 'g.total_attempts')} AS accuracy_key
    FROM (
      SELECT a.user_id, count(*) AS total_attempts, sum(${correctFlag('a.score')}) AS correct_attempts,
        avg(a.duration_seconds) AS avg_time, count(DISTINCT a.activity_id) AS unique_questions,
        count(DISTINCT ${s.localDay(`a.${SUBMITTED_AT}`)}) AS days_active, ${s.instantOut(`max(a.${SUBMITTED_AT})`)} AS last_attempt
      FROM ${s.rel('attempts', 'a')} ${questionJoin(s, 'a', 'q')} WHERE ${where}
      GROUP BY a.user_id
    ) g
    LEFT JOIN ${s.rel('users', 'u')} ON u.user_id = g.user_id AND u.org_id = ${s.org}`;
  const order = `${orderTerm(sortKey(s, field, column), descending)}, ${s.textKey('user_id')} ASC`;
  return {
    text: pagedStatement('', body, order, page((n) => s.int(n), params.limit, params.offset)),
    read: (rows) => pageOf(rows, (r) => readStudentPerformance(r, s)),
  };
};

/** One `studentPerformance` row; accuracyPct from its exact hundredths. */
export function readStudentPerformance(r: Row, out: ResultReader): QueryResult<'studentPerformance'>['rows'][number] {
  return {
    userId: r.user_id as string,
    displayName: r.display_name as string,
    totalAttempts: count(r.total_attempts),
    correctAttempts: count(r.correct_attempts),
    accuracyPct: count(r.accuracy_key) / 100,
    avgTimeSeconds: num(r.avg_time),
    uniqueQuestions: count(r.unique_questions),
    daysActive: count(r.days_active),
    lastAttemptAt: out.readInstant(r.last_attempt)!,
  };
}
