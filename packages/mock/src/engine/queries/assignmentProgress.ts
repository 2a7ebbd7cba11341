import { parseSort, type QueryParams, type QueryResult } from '@learnlens/data-client';
import type { MockDataset } from '../../dataset/dataset.types.js';
import { lowerBound, type EngineContext } from '../context.js';
import { datasetIndex, UserSlots, type IndexedAssignment } from '../datasetIndex.js';
import { floatSortKey } from '../stats.js';
import { orderByKey } from '../topK.js';

type Row = QueryResult<'assignmentProgress'>['rows'][number];
type SortField = Exclude<QueryParams<'assignmentProgress'>['sort'], `-${string}`>;

// Above this many (assignee × activity) pairs the latest-completion table becomes a map.
const MAX_DENSE_PAIRS = 1 << 22;

/** Answers `assignmentProgress`: completion of each assignment due in the period among its assignees in scope. */
export function assignmentProgress(
  ctx: EngineContext,
  params: QueryParams<'assignmentProgress'>,
): QueryResult<'assignmentProgress'> {
  const candidates = selectAssignments(ctx);
  if (candidates.length === 0) return { total: 0, rows: [] };
  // Assignees numbered densely (the dataset's shared scratch), so the tables below are sized to them.
  const slots = new UserSlots(ctx.dataset, 64);
  try {
    const completed = completions(ctx, candidates, slots);
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
  } finally {
    slots.release();
  }
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
// attempt on the activity is at or after the assignment's assigned_at.
function completions(ctx: EngineContext, candidates: Candidate[], slots: UserSlots): Int32Array {
  const { dataset } = ctx;
  const activityLocal = new Int32Array(dataset.activities.length).fill(-1);
  let activityCount = 0;
  let earliestAssigned = Infinity;
  for (const { x, assignees } of candidates) {
    if (activityLocal[x.activity] === -1) activityLocal[x.activity] = activityCount++;
    for (let k = 0; k < assignees.length; k++) slots.slot(assignees[k]!);
    if (x.assignedMs < earliestAssigned) earliestAssigned = x.assignedMs;
  }
  const pairs = slots.count * activityCount;
  const latest = pairs <= MAX_DENSE_PAIRS ? latestDense(dataset, ctx.org, earliestAssigned, activityLocal, activityCount, slots) : null;
  const sparse = latest === null ? latestSparse(dataset, ctx.org, earliestAssigned, activityLocal, activityCount, slots) : null;
  const completed = new Int32Array(candidates.length);
  for (let c = 0; c < candidates.length; c++) {
    const { x, assignees } = candidates[c]!;
    const al = activityLocal[x.activity]!;
    let done = 0;
    for (let k = 0; k < assignees.length; k++) {
      const key = slots.lookup(assignees[k]!) * activityCount + al;
      const at = latest !== null ? latest[key]! : (sparse!.get(key) ?? -Infinity);
      if (at >= x.assignedMs) done++;
    }
    completed[c] = done;
  }
  return completed;
}

// The scan, in functions of their own (V8 optimizes a hot loop best alone). Rows are in start order, so the last one
// seen of a pair is its latest.
function latestDense(
  dataset: MockDataset,
  org: number,
  fromMs: number,
  activityLocal: Int32Array,
  activityCount: number,
  slots: UserSlots,
): Float64Array {
  const latest = new Float64Array(slots.count * activityCount).fill(-Infinity);
  const a = dataset.attempts;
  const { activity, user, endedAt, startedAt } = a;
  const range = dataset.ranges.attempts[org]!;
  for (let i = lowerBound(startedAt, range.start, range.end, fromMs); i < range.end; i++) {
    const al = activityLocal[activity[i]!]!;
    if (al < 0) continue;
    const ul = slots.lookup(user[i]!);
    if (ul < 0) continue;
    const e = endedAt[i]!;
    if (e !== e) continue;
    latest[ul * activityCount + al] = startedAt[i]!;
  }
  return latest;
}

function latestSparse(
  dataset: MockDataset,
  org: number,
  fromMs: number,
  activityLocal: Int32Array,
  activityCount: number,
  slots: UserSlots,
): Map<number, number> {
  const latest = new Map<number, number>();
  const a = dataset.attempts;
  const range = dataset.ranges.attempts[org]!;
  for (let i = lowerBound(a.startedAt, range.start, range.end, fromMs); i < range.end; i++) {
    const al = activityLocal[a.activity[i]!]!;
    if (al < 0) continue;
    const ul = slots.lookup(a.user[i]!);
    if (ul < 0 || Number.isNaN(a.endedAt[i]!)) continue;
    latest.set(ul * activityCount + al, a.startedAt[i]!);
  }
  return latest;
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
