import type { QueryResult } from '@learnlens/data-client';
import type { Row } from '../dialect.js';
import { and, factConditions, userConditions } from '../filters.js';
import type { SqlQuery } from '../sqlQuery.js';
import { count, num } from '../values.js';
import { CORRECT, isAnswer, SUBMITTED_AT } from '../questions.js';

/**
 * `cohortComparison`: learners in scope grouped by cohort and academic year, with their question attempts and the
 * topics each has mastered (the latest N attempts in a topic and the N before them both at least T correct, ranked
 * by row_number() newest first, as topicMastery ranks them).
 */
export const cohortComparison: SqlQuery<'cohortComparison'> = (request, s) => {
  const { params } = request;
  const n = s.int(params.recentAttempts);
  const twoN = s.int(2 * params.recentAttempts);
  const percent = s.int(Math.round(params.masteryThreshold * 100));
  const learners = and([`u.org_id = ${s.org}`, `u.role = 'learner'`, ...userConditions(s, request, 'u')]);
  const attempts = and([...factConditions(s, request, 'a', { time: SUBMITTED_AT, activity: 'activity_id' }), isAnswer(s, 'a')]);
  const text = `WITH lrn AS (
    SELECT u.user_id, u.cohort_id, u.academic_year FROM ${s.rel('users', 'u')} WHERE ${learners}
  ),
  qa AS (
    SELECT a.attempt_id, a.user_id, q.category AS topic, a.${SUBMITTED_AT} AS submitted_at, CASE WHEN ${CORRECT('a')} THEN 1 ELSE 0 END AS ok
    FROM ${s.rel('attempts', 'a')}
    JOIN ${s.rel('activities', 'q')} ON q.activity_id = a.activity_id AND q.org_id = ${s.org}
    WHERE ${attempts} AND a.user_id IN (SELECT user_id FROM lrn)
  ),
  ranked AS (
    SELECT user_id, topic, ok,
      row_number() OVER (PARTITION BY user_id, topic ORDER BY submitted_at DESC, ${s.textKey('attempt_id')} DESC) AS k
    FROM qa
  ),
  cells AS (
    SELECT user_id, topic,
      count(*) FILTER (WHERE k <= ${n}) AS rn, coalesce(sum(ok) FILTER (WHERE k <= ${n}), 0) AS rc,
      count(*) FILTER (WHERE k > ${n} AND k <= ${twoN}) AS en, coalesce(sum(ok) FILTER (WHERE k > ${n} AND k <= ${twoN}), 0) AS ec
    FROM ranked GROUP BY user_id, topic
  ),
  mastered AS (
    SELECT user_id, count(*) AS m FROM cells
    WHERE rn = ${n} AND 100 * rc >= ${percent} * rn AND en = ${n} AND 100 * ec >= ${percent} * en
    GROUP BY user_id
  ),
  per_user AS (SELECT user_id, count(*) AS n, sum(ok) AS c FROM qa GROUP BY user_id)
  SELECT l.cohort_id, l.academic_year, count(*) AS learners, count(p.user_id) AS active,
    coalesce(sum(p.n), 0) AS attempts, coalesce(sum(p.c), 0) AS correct, coalesce(sum(m.m), 0) AS mastered
  FROM lrn l
  LEFT JOIN per_user p ON p.user_id = l.user_id
  LEFT JOIN mastered m ON m.user_id = l.user_id
  GROUP BY l.cohort_id, l.academic_year
  ORDER BY ${s.textKey('l.cohort_id')} NULLS LAST, l.academic_year NULLS LAST`;
  return { text, read: (rows) => ({ rows: rows.map(readCohortComparison) }) };
};

/** One `cohortComparison` row from a group's counts. */
export function readCohortComparison(r: Row): QueryResult<'cohortComparison'>['rows'][number] {
  const learners = count(r.learners);
  const attempts = count(r.attempts);
  const correct = count(r.correct);
  const mastered = count(r.mastered);
  return {
    cohortId: (r.cohort_id ?? null) as string | null,
    academicYear: num(r.academic_year),
    learners,
    activeLearners: count(r.active),
    attempts,
    correct,
    accuracy: attempts === 0 ? null : (correct * 100) / attempts,
    attemptsPerLearner: attempts / learners,
    topicsMastered: mastered,
    topicsMasteredPerLearner: mastered / learners,
  };
}
