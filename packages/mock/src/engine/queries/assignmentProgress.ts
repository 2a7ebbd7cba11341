import { parseSort, type QueryParams, type QueryResult } from '@learnlens/data-client';
import type { EngineContext } from '../context.js';
import { datasetIndex, type IndexedAssignment } from '../datasetIndex.js';
import { floatSortKey } from '../stats.js';
import { orderByKey } from '../topK.js';
import { latestCompletions } from './latestCompletions.js';

type Row = QueryResult<'assignmentProgress'>['rows'][number];
type SortField = Exclude<QueryParams<'assignmentProgress'>['sort'], `-${string}`>;

/** Answers `assignmentProgress`: completion of each assignment due in the period among its assignees in scope. */
export function assignmentProgress(
  ctx: EngineContext,
  params: QueryParams<'assignmentProgress'>,
): QueryResult<'assignmentProgress'> {
  const candidates = selectAssignments(ctx);
  if (candidates.length === 0) return { total: 0, rows: [] };
  const completed = completions(ctx, candidates);
  const { field, descending } = parseSort(params.sort);
  const n = candidates.length;
  const keys = new Float64Array(n);
  const ties = new Int32Array(n);
  for (let c = 0; c < n; c++) {
    const { x, assignees } = candidates[c]!;
    const v = sortKey(field, x, completed[c]!, assignees.length, ctx.nowMs);
    keys[c] = descending ? -v : v;
    ties[c] = x.idPlace;
  }
  const wanted = params.limit === undefined ? n : params.offset + params.limit;
  const order = orderByKey(keys, ties, n, wanted);
  const rows: Row[] = [];
  for (let q = params.offset; q < order.length; q++) {
    const c = order[q]!;
    rows.push(row(ctx, candidates[c]!, completed[c]!));
  }
  return { total: n, rows };
}

/** An assignment due in the period on a selected activity, with its assignees in scope. */
interface Candidate {
  x: IndexedAssignment;
  assignees: Int32Array;
}

// Assignments of the viewer's org due in [from, to) on a selected activity, with their assignees in scope;
// those left with no assignee are dropped.
function selectAssignments(ctx: EngineContext): Candidate[] {
  const { dataset, userMask, activityMask } = ctx;
  const candidates: Candidate[] = [];
  for (const x of datasetIndex(dataset).assignmentsByOrg[ctx.org]!) {
    if (!(x.dueMs >= ctx.fromMs && x.dueMs < ctx.toMs)) continue;
    if (x.activity < 0 || (activityMask !== null && activityMask[x.activity] !== 1)) continue;
    let assignees = x.assignees;
    if (userMask !== null) {
      let n = 0;
      for (const u of x.assignees) if (userMask[u] === 1) n++;
      if (n < assignees.length) {
        const kept = new Int32Array(n);
        n = 0;
        for (const u of x.assignees) if (userMask[u] === 1) kept[n++] = u;
        assignees = kept;
      }
    }
    if (assignees.length > 0) candidates.push({ x, assignees });
  }
  return candidates;
}

// Per candidate, how many of its assignees completed it: an assignee did exactly when their latest start of a finished
// attempt on the activity is at or after the assignment's assigned_at (read from the org's table, built once).
function completions(ctx: EngineContext, candidates: Candidate[]): Int32Array {
  const { column, columns, latest, of } = latestCompletions(ctx.dataset, ctx.org);
  const completed = new Int32Array(candidates.length);
  for (let c = 0; c < candidates.length; c++) {
    const { x, assignees } = candidates[c]!;
    const col = column[x.activity]!;
    const assignedMs = x.assignedMs;
    let done = 0;
    for (let k = 0; k < assignees.length; k++) {
      if (latest[of[assignees[k]!]! * columns + col]! >= assignedMs) done++;
    }
    completed[c] = done;
  }
  return completed;
}

// The sort field as a number (ascending); ties go to assignment_id. Due times sort as their ISO text does, titles by
// their place in code-point order.
function sortKey(field: SortField, x: IndexedAssignment, completed: number, assigned: number, nowMs: number): number {
  switch (field) {
    case 'dueAt':
      return x.dueMs;
    case 'completionRate':
      return floatSortKey(completed / assigned);
    case 'overdue':
      return nowMs > x.dueMs ? assigned - completed : 0;
    case 'title':
      return x.titlePlace;
  }
}

function row(ctx: EngineContext, { x, assignees }: Candidate, completed: number): Row {
  const assigned = assignees.length;
  const overdue = ctx.nowMs > x.dueMs ? assigned - completed : 0;
  const a = x.assignment;
  return {
    assignmentId: a.assignment_id,
    title: a.title,
    activityId: a.activity_id,
    activityName: ctx.dataset.activities[x.activity]!.title,
    teamId: a.team_id,
    required: a.required,
    assignedAt: x.assignedIso,
    dueAt: x.dueIso,
    assigned,
    completed,
    completionRate: completed / assigned,
    overdue,
    isOverdue: overdue > 0,
  };
}
