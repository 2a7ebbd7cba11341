import { parseSort, type AdapterRequestFor, type QueryResult } from '@learnlens/data-client';
import { and, orderTerm, pageOf, readStudentPerformance, studentPerformanceSort } from '@learnlens/sql';
import { context, type Db } from './context.js';
import { pagedArrayStatement } from './paging.js';
import { answerConditions, atQuestions, CORRECT, SUBMITTED } from './questions.js';
import { dayOf, epochSeconds, localSeconds } from './time.js';
import { sortKey } from './sortKeys.js';

const COLUMNS = [
  'user_id', 'display_name', 'total_attempts', 'correct_attempts', 'accuracy_key', 'avg_time', 'unique_questions', 'days_active',
  'last_attempt',
];

/** `studentPerformance`: the seed's `mv_student_performance` per learner, sorted and paged with a total. */
export async function studentPerformance(
  request: AdapterRequestFor<'studentPerformance'>,
  db: Db,
): Promise<QueryResult<'studentPerformance'>> {
  const { params } = request;
  const ctx = context(request, db);
  const where = and([...answerConditions(ctx, request), atQuestions(ctx)]);
  const { field, descending } = parseSort(params.sort);
  // Names join the attempts (a dimension beside a fact table); accuracy in exact hundredths (see @learnlens/sql).
  const body = `SELECT user_id, ifNull(any(dn), user_id) AS display_name, count() AS total_attempts,
      countIf(${CORRECT}) AS correct_attempts,
      floor((20000 * correct_attempts + total_attempts) / (2 * total_attempts)) AS accuracy_key,
      avg(duration_seconds) AS avg_time, uniqExact(activity_id) AS unique_questions,
      uniqExact(${dayOf(localSeconds(ctx, SUBMITTED))}) AS days_active, ${epochSeconds(`max(${SUBMITTED})`)} AS last_attempt
    FROM ${ctx.t.attempts}
    ANY LEFT JOIN (SELECT user_id, display_name AS dn FROM ${ctx.t.users} WHERE org_id = ${ctx.org}) USING user_id
    WHERE ${where}
    GROUP BY user_id
    ORDER BY ${orderTerm(sortKey(studentPerformanceSort[field]), descending)}, user_id ASC`;
  const rows = await db.select(pagedArrayStatement(body, COLUMNS, params.limit, params.offset));
  return pageOf(rows, (r) => readStudentPerformance(r, ctx));
}
