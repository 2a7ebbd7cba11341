import { IMPROVEMENT_WINDOW_DAYS, type QueryResult } from '@learnlens/data-client';
import type { Row } from '../dialect.js';
import { activityConditions, and, rangeConditions, userConditions } from '../filters.js';
import type { SqlQuery } from '../sqlQuery.js';
import { count, num } from '../values.js';
import { CORRECT, isAnswer, SUBMITTED_AT } from '../questions.js';

// Days of 24 hours, not calendar days: the windows are the same length in every time zone.
const WINDOW = `INTERVAL '${IMPROVEMENT_WINDOW_DAYS * 24} hours'`;

/**
 * `tutorEffectiveness`: per tutor, sessions held and their students' accuracy (answers placed at their submit
 * instant) in the two weeks before and after each, beside the assignments the tutor set, their completion and their
 * students' scores (seed 003 tutor effectiveness).
 */
export const tutorEffectiveness: SqlQuery<'tutorEffectiveness'> = (request, s) => {
  const { params } = request;
  const now = s.instant(params.now);
  const sessions = and([...userConditions(s, request, 'x'), ...rangeConditions(s, 'x.actual_start', params.from, params.to)]);
  const windowAttempts = and([`a.org_id = ${s.org}`, ...activityConditions(s, request, 'a'), isAnswer(s, 'a')]);
  const assignments = and([
    `g.org_id = ${s.org}`,
    ...activityConditions(s, request, 'g'),
    ...rangeConditions(s, 'g.assigned_at', params.from, params.to),
  ]);
  const assignees = and([`aa.org_id = ${s.org}`, ...userConditions(s, request, 'aa')]);
  const text = `WITH held AS (
    SELECT t.session_id, t.tutor_id, t.student_id AS user_id, t.actual_start, coalesce(t.actual_end, t.actual_start) AS actual_end
    FROM ${s.rel('tutoring_sessions', 't')} WHERE t.org_id = ${s.org} AND t.actual_start IS NOT NULL
  ),
  ses AS (SELECT x.* FROM held x WHERE ${sessions}),
  win AS (
    SELECT x.session_id, x.tutor_id,
      count(*) FILTER (WHERE a.${SUBMITTED_AT} < x.actual_start) AS n_before,
      count(*) FILTER (WHERE a.${SUBMITTED_AT} < x.actual_start AND ${CORRECT('a')}) AS c_before,
      count(*) FILTER (WHERE a.${SUBMITTED_AT} >= x.actual_end) AS n_after,
      count(*) FILTER (WHERE a.${SUBMITTED_AT} >= x.actual_end AND ${CORRECT('a')}) AS c_after
    FROM ses x
    JOIN ${s.rel('attempts', 'a')} ON a.user_id = x.user_id
      AND ((a.${SUBMITTED_AT} >= x.actual_start - ${WINDOW} AND a.${SUBMITTED_AT} < x.actual_start)
        OR (a.${SUBMITTED_AT} >= x.actual_end AND a.${SUBMITTED_AT} < x.actual_end + ${WINDOW}))
    WHERE ${windowAttempts} AND x.actual_end + ${WINDOW} <= ${now}
    GROUP BY x.session_id, x.tutor_id
  ),
  measured AS (
    SELECT tutor_id, count(*) AS measured,
      avg(CAST(c_before AS float8) * 100 / n_before) AS acc_before, avg(CAST(c_after AS float8) * 100 / n_after) AS acc_after,
      avg(CAST(c_after AS float8) * 100 / n_after - CAST(c_before AS float8) * 100 / n_before) AS acc_change
    FROM win WHERE n_before > 0 AND n_after > 0 GROUP BY tutor_id
  ),
  held_by AS (SELECT tutor_id, count(*) AS conducted, count(DISTINCT user_id) AS students FROM ses GROUP BY tutor_id),
  asg AS (
    SELECT g.assignment_id, g.assigned_by AS tutor_id, g.activity_id, g.assigned_at
    FROM ${s.rel('assignments', 'g')} WHERE ${assignments}
  ),
  who AS (
    SELECT aa.assignment_id, aa.user_id FROM ${s.rel('assignment_assignees', 'aa')}
    WHERE ${assignees} AND aa.assignment_id IN (SELECT assignment_id FROM asg)
  ),
  per_assignee AS (
    SELECT w.assignment_id, w.user_id, max(CASE WHEN a.ended_at IS NOT NULL THEN 1 ELSE 0 END) AS done,
      sum(a.score) AS score_sum, count(a.score) AS scored
    FROM who w
    JOIN asg g ON g.assignment_id = w.assignment_id
    LEFT JOIN ${s.rel('attempts', 'a')} ON a.org_id = ${s.org} AND a.user_id = w.user_id AND a.activity_id = g.activity_id
      AND a.started_at >= g.assigned_at
    GROUP BY w.assignment_id, w.user_id
  ),
  per_assignment AS (
    SELECT assignment_id, avg(CAST(done AS float8)) AS rate,
      CASE WHEN sum(scored) > 0 THEN CAST(sum(score_sum) AS float8) / sum(scored) END AS avg_score
    FROM per_assignee GROUP BY assignment_id
  ),
  set_by AS (
    SELECT g.tutor_id, count(*) AS created, avg(p.rate) AS completion, avg(p.avg_score) AS avg_score
    FROM per_assignment p JOIN asg g ON g.assignment_id = p.assignment_id GROUP BY g.tutor_id
  ),
  tutors AS (SELECT tutor_id FROM held_by UNION SELECT tutor_id FROM set_by)
  SELECT tutors.tutor_id, coalesce(u.display_name, tutors.tutor_id) AS display_name,
    coalesce(h.conducted, 0) AS conducted, coalesce(h.students, 0) AS students,
    coalesce(m.measured, 0) AS measured, m.acc_before, m.acc_after, m.acc_change,
    coalesce(b.created, 0) AS created, b.completion, b.avg_score
  FROM tutors
  LEFT JOIN held_by h ON h.tutor_id = tutors.tutor_id
  LEFT JOIN measured m ON m.tutor_id = tutors.tutor_id
  LEFT JOIN set_by b ON b.tutor_id = tutors.tutor_id
  LEFT JOIN ${s.rel('users', 'u')} ON u.user_id = tutors.tutor_id AND u.org_id = ${s.org}
  ORDER BY ${s.textKey('tutors.tutor_id')}`;
  return { text, read: (rows) => ({ rows: rows.map(readTutorEffectiveness) }) };
};

/** One `tutorEffectiveness` row. */
export function readTutorEffectiveness(r: Row): QueryResult<'tutorEffectiveness'>['rows'][number] {
  return {
    tutorId: r.tutor_id as string,
    displayName: r.display_name as string,
    sessionsConducted: count(r.conducted),
    students: count(r.students),
    sessionsMeasured: count(r.measured),
    accuracyBefore: num(r.acc_before),
    accuracyAfter: num(r.acc_after),
    accuracyChange: num(r.acc_change),
    assignmentsCreated: count(r.created),
    assignmentCompletionRate: num(r.completion),
    avgStudentScore: num(r.avg_score),
  };
}
