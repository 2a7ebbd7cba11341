import { parseSort, type QueryResult } from '@learnlens/data-client';
import type { ResultReader, Row } from '../dialect.js';
import { activityConditions, and, rangeConditions, userConditions } from '../filters.js';
import { orderTerm, page, pagedStatement, pageOf } from '../paging.js';
import { assignmentProgressSort, sortKey } from '../sortColumns.js';
import type { SqlQuery } from '../sqlQuery.js';
import { bool, count } from '../values.js';

/**
 * `assignmentProgress`: per assignment due in [from, to), its assignees in scope and how many of them finished an
 * attempt on the activity after it was assigned (seed 002 "Assignment Tracking").
 */
export const assignmentProgress: SqlQuery<'assignmentProgress'> = (request, s) => {
  const { params } = request;
  const assignments = and([
    `s.org_id = ${s.org}`,
    ...activityConditions(s, request, 's'),
    ...rangeConditions(s, 's.due_at', params.from, params.to),
  ]);
  const assignees = and([`aa.org_id = ${s.org}`, ...userConditions(s, request, 'aa')]);
  const now = s.instant(params.now);
  const ctes = `asg AS (SELECT s.* FROM ${s.rel('assignments', 's')} WHERE ${assignments}),
  who AS (
    SELECT aa.assignment_id, aa.user_id FROM ${s.rel('assignment_assignees', 'aa')}
    WHERE ${assignees} AND aa.assignment_id IN (SELECT assignment_id FROM asg)
  ),
  latest AS (
    SELECT a.user_id, a.activity_id, max(a.started_at) AS last_start FROM ${s.rel('attempts', 'a')}
    WHERE a.org_id = ${s.org} AND a.ended_at IS NOT NULL
      AND a.user_id IN (SELECT user_id FROM who) AND a.activity_id IN (SELECT activity_id FROM asg)
    GROUP BY 1, 2
  ),
  per AS (
    SELECT s.assignment_id, count(*) AS assigned, count(*) FILTER (WHERE l.last_start >= s.assigned_at) AS completed
    FROM who w
    JOIN asg s ON s.assignment_id = w.assignment_id
    LEFT JOIN latest l ON l.user_id = w.user_id AND l.activity_id = s.activity_id
    GROUP BY s.assignment_id
  )`;
  const body = `SELECT s.assignment_id, coalesce(s.title, s.assignment_id) AS title, s.activity_id AS assigned_activity,
      coalesce(act.title, s.activity_id) AS activity_name, s.team_id, coalesce(s.required, true) AS required,
      ${s.instantOut('s.assigned_at')} AS assigned_time, s.due_at, ${s.instantOut('s.due_at')} AS due_time,
      per.assigned, per.completed, CAST(per.completed AS float8) / per.assigned AS completion_rate,
      CASE WHEN ${now} > s.due_at THEN per.assigned - per.completed ELSE 0 END AS overdue
    FROM per
    JOIN asg s ON s.assignment_id = per.assignment_id
    LEFT JOIN ${s.rel('activities', 'act')} ON act.activity_id = s.activity_id AND act.org_id = ${s.org}`;
  const { field, descending } = parseSort(params.sort);
  const column = assignmentProgressSort[field];
  const order = `${orderTerm(sortKey(s, field, column), descending)}, ${s.textKey('assignment_id')} ASC`;
  return {
    text: pagedStatement(ctes, body, order, page((n) => s.int(n), params.limit, params.offset)),
    read: (rows) => pageOf(rows, (r) => readAssignment(r, s)),
  };
};

/** One `assignmentProgress` row. */
export function readAssignment(r: Row, out: ResultReader): QueryResult<'assignmentProgress'>['rows'][number] {
  const overdue = count(r.overdue);
  return {
    assignmentId: r.assignment_id as string,
    title: r.title as string,
    activityId: r.assigned_activity as string,
    activityName: r.activity_name as string,
    teamId: r.team_id as string,
    required: bool(r.required),
    assignedAt: out.readInstant(r.assigned_time)!,
    dueAt: out.readInstant(r.due_time)!,
    assigned: count(r.assigned),
    completed: count(r.completed),
    completionRate: count(r.completion_rate),
    overdue,
    isOverdue: overdue > 0,
  };
}
