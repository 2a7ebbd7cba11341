import { parseSort, type QueryParams, type QueryResult } from '@learnlens/data-client';
import type { EngineContext } from '../context.js';
import { datasetIndex, type IndexedAssignment } from '../datasetIndex.js';
import { floatSortKey } from '../stats.js';
import { orderByKey } from '../topK.js';
import { completedAmong, latestCompletions } from './latestCompletions.js';
import { assignmentOrders, assignmentsByAssignee, type StaticOrder } from './assignmentOrder.js';

type Row = QueryResult<'assignmentProgress'>['rows'][number];
type SortField = Exclude<QueryParams<'assignmentProgress'>['sort'], `-${string}`>;

/** Answers `assignmentProgress`: completion of each assignment due in the period among its assignees in scope. */
export function assignmentProgress(
  ctx: EngineContext,
  params: QueryParams<'assignmentProgress'>,
): QueryResult<'assignmentProgress'> {
  const candidates = selectAssignments(ctx);
  const n = candidates.count;
  if (n === 0) return { total: 0, rows: [] };
  const completed = completions(ctx, candidates);
  const { field, descending } = parseSort(params.sort);
  const wanted = params.limit === undefined ? n : params.offset + params.limit;
  const order =
    field === 'dueAt' || field === 'title'
      ? (staticPage(candidates, assignmentOrders(ctx.dataset, ctx.org)[field], descending, wanted) ?? sortedPage(ctx, candidates, completed, field, descending, wanted))
      : sortedPage(ctx, candidates, completed, field, descending, wanted);
  const all = datasetIndex(ctx.dataset).assignmentsByOrg[ctx.org]!;
  const rows: Row[] = [];
  for (let q = params.offset; q < order.length; q++) {
    const c = order[q]!;
    rows.push(row(ctx, all[candidates.positions[c]!]!, candidates.assignees[c]!.length, completed[c]!));
  }
  return { total: n, rows };
}

// The first `wanted` candidates by a sort key computed per candidate (ties by assignment id).
function sortedPage(ctx: EngineContext, candidates: Candidates, completed: Int32Array, field: SortField, descending: boolean, wanted: number): Int32Array {
  const n = candidates.count;
  const all = datasetIndex(ctx.dataset).assignmentsByOrg[ctx.org]!;
  const keys = new Float64Array(n);
  const ties = new Int32Array(n);
  for (let c = 0; c < n; c++) {
    const x = all[candidates.positions[c]!]!;
    const v = sortKey(field, x, completed[c]!, candidates.assignees[c]!.length, ctx.nowMs);
    keys[c] = descending ? -v : v;
    ties[c] = x.idPlace;
  }
  return orderByKey(keys, ties, n, wanted);
}

/**
 * The first `wanted` candidates read off an order of all the org's assignments that no parameter changes (by due time
 * or title, ties by assignment id): no sort per query. Descending, the groups of equal keys are taken from the top
 * down, each in its ascending id order, as the sort would. Null when the order cannot be used.
 */
function staticPage(candidates: Candidates, order: StaticOrder, descending: boolean, wanted: number): Int32Array | null {
  if (!order.usable) return null;
  const { positions, keys } = order;
  const candidateAt = new Int32Array(positions.length).fill(-1);
  for (let c = 0; c < candidates.count; c++) candidateAt[candidates.positions[c]!] = c;
  const out = new Int32Array(Math.min(wanted, candidates.count));
  let n = 0;
  const take = (from: number, to: number): void => {
    for (let k = from; k < to && n < out.length; k++) {
      const c = candidateAt[positions[k]!]!;
      if (c >= 0) out[n++] = c;
    }
  };
  if (!descending) {
    take(0, positions.length);
  } else {
    let hi = positions.length;
    while (hi > 0 && n < out.length) {
      const v = keys[positions[hi - 1]!]!;
      let lo = hi - 1;
      while (lo > 0 && keys[positions[lo - 1]!]! === v) lo--;
      take(lo, hi);
      hi = lo;
    }
  }
  return out;
}

/**
 * The assignments due in the period on a selected activity that have assignees in scope, as parallel arrays (no
 * object per candidate: an admin's query has thousands): each one's position among the org's assignments
 * (`assignmentsByOrg[org]`) and its assignees in scope (the assignment's own list when all of them are).
 */
interface Candidates {
  count: number;
  positions: Int32Array;
  assignees: Int32Array[];
}

// Below this share of the org's users in scope, a query finds the assignments through its users' own lists.
const FEW_USERS_SHARE = 8;

// Assignments of the viewer's org due in [from, to) on a selected activity, with their assignees in scope;
// those left with no assignee are dropped.
function selectAssignments(ctx: EngineContext): Candidates {
  const { dataset, userMask, users } = ctx;
  const all = datasetIndex(dataset).assignmentsByOrg[ctx.org]!;
  const candidates: Candidates = { count: 0, positions: new Int32Array(all.length), assignees: [] };
  const add = (position: number, assignees: Int32Array): void => {
    candidates.positions[candidates.count++] = position;
    candidates.assignees.push(assignees);
  };
  if (userMask === null || users === null) {
    for (let position = 0; position < all.length; position++) {
      const x = all[position]!;
      if (selected(ctx, x)) add(position, x.assignees);
    }
    return candidates;
  }
  // Per assignment, how many of its assignee listings are in scope.
  const inScope = new Int32Array(all.length);
  if (users.length * FEW_USERS_SHARE <= datasetIndex(dataset).orgUserCount[ctx.org]!) {
    const { offsets, positions } = assignmentsByAssignee(dataset, ctx.org);
    for (let k = 0; k < users.length; k++) {
      const u = users[k]!;
      for (let j = offsets[u]!; j < offsets[u + 1]!; j++) inScope[positions[j]!]!++;
    }
  } else {
    for (let position = 0; position < all.length; position++) {
      const assignees = all[position]!.assignees;
      let n = 0;
      for (let k = 0; k < assignees.length; k++) n += userMask[assignees[k]!]!;
      inScope[position] = n;
    }
  }
  for (let position = 0; position < all.length; position++) {
    const n = inScope[position]!;
    if (n === 0) continue;
    const x = all[position]!;
    if (!selected(ctx, x)) continue;
    let assignees = x.assignees;
    if (n < assignees.length) {
      const kept = new Int32Array(n);
      let k = 0;
      for (const u of x.assignees) if (userMask[u] === 1) kept[k++] = u;
      assignees = kept;
    }
    add(position, assignees);
  }
  return candidates;
}

// Due in [from, to) on a known, selected activity.
function selected(ctx: EngineContext, x: IndexedAssignment): boolean {
  if (!(x.dueMs >= ctx.fromMs && x.dueMs < ctx.toMs)) return false;
  return x.activity >= 0 && (ctx.activityMask === null || ctx.activityMask[x.activity] === 1);
}

// Per candidate, how many of its assignees completed it: an assignee did exactly when their latest start of a finished
// attempt on the activity is at or after the assignment's assigned_at (read from the org's table, built once). With
// every assignee in scope the org's count per assignment, built with that table, is the answer.
function completions(ctx: EngineContext, candidates: Candidates): Int32Array {
  const { column, columns, latest, of, completedByAll } = latestCompletions(ctx.dataset, ctx.org);
  const all = datasetIndex(ctx.dataset).assignmentsByOrg[ctx.org]!;
  const completed = new Int32Array(candidates.count);
  for (let c = 0; c < candidates.count; c++) {
    const position = candidates.positions[c]!;
    const x = all[position]!;
    const assignees = candidates.assignees[c]!;
    completed[c] =
      assignees === x.assignees ? completedByAll[position]! : completedAmong(assignees, x.assignedMs, latest, of, columns, column[x.activity]!);
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

function row(ctx: EngineContext, x: IndexedAssignment, assigned: number, completed: number): Row {
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
