import { parseSort, type AdapterRequestFor, type QueryResult } from '@learnlens/data-client';
import { context } from './context.js';
import type { Db } from './db.js';
import { activityConditions, and, userConditions } from './filters.js';
import { orderTerm, page, pagedStatement, type SortField } from './paging.js';
import { isoText, rangeConditions } from './time.js';

type Field = SortField<AdapterRequestFor<'assignmentProgress'>['params']['sort']>;

const sortColumn: Record<Field, string> = {
  dueAt: 'due_at',
  completionRate: 'completion_rate',
  overdue: 'overdue',
  title: 'title',
};

/**
 * `assignmentProgress`: per assignment due in [from, to), its assignees in scope and how many of them finished an
 * attempt on the activity after it was assigned (seed 002 "Assignment Tracking").
 */
export async function assignmentProgress(
  request: AdapterRequestFor<'assignmentProgress'>,
  db: Db,
): Promise<QueryResult<'assignmentProgress'>> {
  const { params } = request;
  const ctx = context(request, db.mapping);
  const assignments = and([
    `s.org_id = ${ctx.org}`,
    ...activityConditions(ctx, request, 's'),
    ...rangeConditions(ctx, 's.due_at', params.from, params.to),
  ]);
  const assignees = and([`aa.org_id = ${ctx.org}`, ...userConditions(ctx, request, 'aa')]);
  const now = ctx.b.instant(params.now);
  const ctes = `asg AS (SELECT s.* FROM ${ctx.rel('assignments')} s WHERE ${assignments}),
  who AS (
    SELECT aa.assignment_id, aa.user_id FROM ${ctx.rel('assignment_assignees')} aa
    WHERE ${assignees} AND aa.assignment_id IN (SELECT assignment_id FROM asg)
  ),
  latest AS (
    SELECT a.user_id, a.activity_id, max(a.started_at) AS last_start FROM ${ctx.rel('attempts')} a
    WHERE a.org_id = ${ctx.org} AND a.ended_at IS NOT NULL
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
  const body = `SELECT s.assignment_id, coalesce(s.title, s.assignment_id) AS title, s.activity_id,
      coalesce(act.title, s.activity_id) AS activity_name, s.team_id, coalesce(s.required, true) AS required,
      ${isoText('s.assigned_at')} AS assigned_iso, s.due_at, ${isoText('s.due_at')} AS due_iso,
      per.assigned, per.completed, CAST(per.completed AS float8) / per.assigned AS completion_rate,
      CASE WHEN ${now} > s.due_at THEN per.assigned - per.completed ELSE 0 END AS overdue
    FROM per
    JOIN asg s ON s.assignment_id = per.assignment_id
    LEFT JOIN ${ctx.rel('activities')} act ON act.activity_id = s.activity_id AND act.org_id = ${ctx.org}`;
  const { field, descending } = parseSort(params.sort);
  const order = `${orderTerm(sortColumn[field], descending, field === 'title')}, assignment_id COLLATE "C" ASC`;
  const rows = await db.exec(pagedStatement(ctes, body, order, page(ctx, params.limit, params.offset)), ctx.b.values);
  return {
    total: (rows[0]?.total as number | undefined) ?? 0,
    rows: rows
      .filter((r) => r.assignment_id !== null)
      .map((r) => ({
        assignmentId: r.assignment_id as string,
        title: r.title as string,
        activityId: r.activity_id as string,
        activityName: r.activity_name as string,
        teamId: r.team_id as string,
        required: r.required as boolean,
        assignedAt: r.assigned_iso as string,
        dueAt: r.due_iso as string,
        assigned: r.assigned as number,
        completed: r.completed as number,
        completionRate: r.completion_rate as number,
        overdue: r.overdue as number,
        isOverdue: (r.overdue as number) > 0,
      })),
  };
}
