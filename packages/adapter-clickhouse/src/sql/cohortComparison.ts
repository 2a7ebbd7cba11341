import type { AdapterRequestFor, QueryResult } from '@learnlens/data-client';
import { and, factConditions, isAnswer, readCohortComparison, userConditions } from '@learnlens/sql';
import { int } from '../literal.js';
import { context, type Db } from './context.js';
import { SUBMITTED } from './questions.js';

/**
 * `cohortComparison`: learners in scope per cohort and academic year, their question attempts and topics mastered.
 * 18.16 has no row_number(): each learner's answers in a topic are gathered newest first (a reverse sort of
 * (submitted_at, attempt_id, correct) tuples) and the latest N and the N before them are array slices.
 */
export async function cohortComparison(
  request: AdapterRequestFor<'cohortComparison'>,
  db: Db,
): Promise<QueryResult<'cohortComparison'>> {
  const { params } = request;
  const ctx = context(request, db);
  const { t } = ctx;
  const n = int(params.recentAttempts);
  const percent = int(Math.round(params.masteryThreshold * 100));
  const learners = `SELECT user_id, cohort_id, academic_year FROM ${t.users}
    WHERE ${and([`org_id = ${ctx.org}`, `role = 'learner'`, ...userConditions(ctx, request, '')])}`;
  const answers = `SELECT user_id, activity_id, ${SUBMITTED} AS submitted_at, attempt_id, ifNull(score = 1, 0) AS ok FROM ${t.attempts}
    WHERE ${and([...factConditions(ctx, request, '', { time: SUBMITTED, activity: 'activity_id' }), isAnswer(ctx, '')])}`;
  const perUser = `SELECT user_id, count() AS n, sum(ok) AS c FROM (${answers}) GROUP BY user_id`;
  const cells = `SELECT user_id, topic, arrayReverseSort(groupArray((submitted_at, attempt_id, ok))) AS xs,
      arraySlice(xs, 1, ${n}) AS recent, arraySlice(xs, ${n} + 1, ${n}) AS earlier,
      length(recent) AS rn, arraySum(arrayMap(x -> tupleElement(x, 3), recent)) AS rc,
      length(earlier) AS en, arraySum(arrayMap(x -> tupleElement(x, 3), earlier)) AS ec
    FROM (${answers})
    ANY LEFT JOIN (SELECT activity_id, category AS topic FROM ${t.activities} WHERE org_id = ${ctx.org}) USING activity_id
    GROUP BY user_id, topic`;
  const mastered = `SELECT user_id, count() AS m FROM (${cells})
    WHERE rn = ${n} AND 100 * rc >= ${percent} * rn AND en = ${n} AND 100 * ec >= ${percent} * en
    GROUP BY user_id`;
  // The adapter joins with join_use_nulls: learners without answers or mastered topics carry NULLs, counted as 0.
  const rows = await db.select(`SELECT cohort_id, academic_year, count() AS learners, countIf(ifNull(n, 0) > 0) AS active,
      sum(ifNull(n, 0)) AS attempts, sum(ifNull(c, 0)) AS correct, sum(ifNull(m, 0)) AS mastered
    FROM (
      SELECT user_id, cohort_id, academic_year, n, c, m FROM (
        SELECT user_id, cohort_id, academic_year, n, c FROM (${learners}) ANY LEFT JOIN (${perUser}) USING user_id
      ) ANY LEFT JOIN (${mastered}) USING user_id
    )
    GROUP BY cohort_id, academic_year
    ORDER BY cohort_id ASC NULLS LAST, academic_year ASC NULLS LAST`);
  return { rows: rows.map(readCohortComparison) };
}
