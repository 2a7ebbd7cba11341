import { parseSort, type AdapterRequestFor, type QueryResult } from '@learnlens/data-client';
import {
  activityConditions,
  and,
  assignmentProgressSort,
  orderTerm,
  pageOf,
  rangeConditions,
  readAssignment,
  userConditions,
} from '@learnlens/sql';
import { compareTime } from '../literal.js';
import { context, type Db } from './context.js';
import { pagedArrayStatement } from './paging.js';
import { epochSeconds } from './time.js';
import { sortKey } from './sortKeys.js';

const COLUMNS = [
  'assignment_id', 'title', 'assigned_activity', 'activity_name', 'team_id', 'required', 'assigned_time', 'due_at', 'due_time', 'assigned',
  'completed', 'completion_rate', 'overdue',
];

/**
 * `assignmentProgress`: per assignment due in [from, to), its assignees in scope and how many of them finished an
 * attempt on the activity at or after it was assigned (seed 002 "Assignment Tracking"). Assignments and assignees
 * are dimension tables; only the latest finished start per (assignee, activity) is read from attempts.
 */
export async function assignmentProgress(
  request: AdapterRequestFor<'assignmentProgress'>,
  db: Db,
): Promise<QueryResult<'assignmentProgress'>> {
  const { params } = request;
  const ctx = context(request, db);
  const { t } = ctx;
  const due = and([`org_id = ${ctx.org}`, ...activityConditions(ctx, request, ''), ...rangeConditions(ctx, 'due_at', params.from, params.to)]);
  const dueIds = `SELECT assignment_id FROM ${t.assignments} WHERE ${due}`;
  // Assignments (with their activity's title) beside their assignees in scope: both dimension tables.
  const assignments = `SELECT assignment_id, title, activity_id, ifNull(activity_title, activity_id) AS activity_name, team_id,
      required, assigned_at, due_at
    FROM ${t.assignments}
    ANY LEFT JOIN (SELECT activity_id, title AS activity_title FROM ${t.activities} WHERE org_id = ${ctx.org}) USING activity_id
    WHERE ${due}`;
  const pairs = `SELECT assignment_id, user_id, activity_id, title, activity_name, team_id, required, assigned_at, due_at
    FROM ${t.assignment_assignees}
    ALL INNER JOIN (${assignments}) USING assignment_id
    WHERE ${and([`org_id = ${ctx.org}`, ...userConditions(ctx, request, '')])}`;
  const latest = `SELECT user_id, activity_id, max(started_at) AS last_start FROM ${t.attempts}
    WHERE ${and([
      `org_id = ${ctx.org}`,
      'isNotNull(ended_at)',
      `user_id IN (SELECT user_id FROM ${t.assignment_assignees} WHERE org_id = ${ctx.org} AND assignment_id IN (${dueIds}))`,
      `activity_id IN (SELECT activity_id FROM ${t.assignments} WHERE ${due})`,
    ])}
    GROUP BY user_id, activity_id`;
  const { field, descending } = parseSort(params.sort);
  // Output names differ from the join keys: 18.16 resolves an alias equal to a USING key to the key column.
  const per = `SELECT assignment_id, any(title) AS title, any(activity_id) AS assigned_activity, any(activity_name) AS activity_name,
      any(team_id) AS team_id, any(required) AS required, ${epochSeconds('any(assigned_at)')} AS assigned_time,
      any(due_at) AS due_at, ${epochSeconds('due_at')} AS due_time, count() AS assigned,
      countIf(ifNull(last_start >= assigned_at, 0)) AS completed, completed / assigned AS completion_rate,
      if(${compareTime('due_at', '<', Date.parse(params.now))}, assigned - completed, 0) AS overdue
    FROM (${pairs})
    ANY LEFT JOIN (${latest}) USING (user_id, activity_id)
    GROUP BY assignment_id
    ORDER BY ${orderTerm(sortKey(assignmentProgressSort[field]), descending)}, assignment_id ASC`;
  const rows = await db.select(pagedArrayStatement(per, COLUMNS, params.limit, params.offset));
  return pageOf(rows, (r) => readAssignment(r, ctx));
}
