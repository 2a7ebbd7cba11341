import { parseSort, type Assignment, type QueryParams, type QueryResult } from '@learnlens/data-client';
import { compareText } from '../compare.js';
import { lowerBound, type EngineContext } from '../context.js';
import { datasetIndex } from '../datasetIndex.js';
import { floatSortKey } from '../stats.js';

type Row = QueryResult<'assignmentProgress'>['rows'][number];

interface Candidate {
  assignment: Assignment;
  activity: number;
  assignedMs: number;
  dueMs: number;
  /** Org-local indexes of the assignees in scope. */
  assignees: number[];
}

// Above this many (assignee × activity) pairs the latest-completion table becomes a map.
const MAX_DENSE_PAIRS = 1 << 22;

/** Answers `assignmentProgress`: completion of each assignment due in the period among its assignees in scope. */
export function assignmentProgress(
  ctx: EngineContext,
  params: QueryParams<'assignmentProgress'>,
): QueryResult<'assignmentProgress'> {
  const candidates = selectAssignments(ctx);
  if (candidates.length === 0) return { total: 0, rows: [] };

  // Dense indexes of the activities and assignees that matter, for the one attempt scan below.
  const { dataset } = ctx;
  const activityLocal = new Int32Array(dataset.activities.length).fill(-1);
  let activityCount = 0;
  const userLocal = new Int32Array(dataset.users.length).fill(-1);
  let userCount = 0;
  let earliestAssigned = Infinity;
  for (const c of candidates) {
    if (activityLocal[c.activity] === -1) activityLocal[c.activity] = activityCount++;
    for (const u of c.assignees) if (userLocal[u] === -1) userLocal[u] = userCount++;
    if (c.assignedMs < earliestAssigned) earliestAssigned = c.assignedMs;
  }

  // Latest start of a finished attempt per (assignee, activity): an assignee completed an assignment exactly
  // when that start is at or after the assignment's assigned_at.
  const pairs = userCount * activityCount;
  const latestDense = pairs <= MAX_DENSE_PAIRS ? new Float64Array(pairs).fill(-Infinity) : null;
  const latestSparse = latestDense === null ? new Map<number, number>() : null;
  const a = dataset.attempts;
  const range = dataset.ranges.attempts[ctx.org]!;
  for (let i = lowerBound(a.startedAt, range.start, range.end, earliestAssigned); i < range.end; i++) {
    const al = activityLocal[a.activity[i]!]!;
    if (al < 0) continue;
    const ul = userLocal[a.user[i]!]!;
    if (ul < 0 || Number.isNaN(a.endedAt[i]!)) continue;
    // Rows are in start order, so the last one seen is the latest.
    if (latestDense !== null) latestDense[ul * activityCount + al] = a.startedAt[i]!;
    else latestSparse!.set(ul * activityCount + al, a.startedAt[i]!);
  }

  const rows: Row[] = candidates.map((c) => {
    const al = activityLocal[c.activity]!;
    let completed = 0;
    for (const u of c.assignees) {
      const key = userLocal[u]! * activityCount + al;
      const latest = latestDense !== null ? latestDense[key]! : (latestSparse!.get(key) ?? -Infinity);
      if (latest >= c.assignedMs) completed++;
    }
    const assigned = c.assignees.length;
    const overdue = ctx.nowMs > c.dueMs ? assigned - completed : 0;
    return {
      assignmentId: c.assignment.assignment_id,
      title: c.assignment.title,
      activityId: c.assignment.activity_id,
      activityName: dataset.activities[c.activity]!.title,
      teamId: c.assignment.team_id,
      required: c.assignment.required,
      assignedAt: new Date(c.assignedMs).toISOString(),
      dueAt: new Date(c.dueMs).toISOString(),
      assigned,
      completed,
      completionRate: completed / assigned,
      overdue,
      isOverdue: overdue > 0,
    };
  });

  sortRows(rows, params.sort);
  const end = params.limit === undefined ? rows.length : params.offset + params.limit;
  return { total: rows.length, rows: rows.slice(params.offset, end) };
}

// Assignments of the viewer's org due in [from, to) on a selected activity, with their assignees in scope;
// those left with no assignee are dropped.
function selectAssignments(ctx: EngineContext): Candidate[] {
  const { dataset, userMask, activityMask } = ctx;
  const candidates: Candidate[] = [];
  for (const x of datasetIndex(dataset).assignmentsByOrg[ctx.org]!) {
    if (!(x.dueMs >= ctx.fromMs && x.dueMs < ctx.toMs)) continue;
    if (x.activity < 0 || (activityMask !== null && activityMask[x.activity] !== 1)) continue;
    const assignees: number[] = [];
    for (const u of x.assignees) if (userMask === null || userMask[u] === 1) assignees.push(u);
    if (assignees.length > 0) candidates.push({ assignment: x.assignment, activity: x.activity, assignedMs: x.assignedMs, dueMs: x.dueMs, assignees });
  }
  return candidates;
}

type SortParam = QueryParams<'assignmentProgress'>['sort'];

function sortRows(rows: Row[], sort: SortParam): void {
  const { field, descending } = parseSort(sort);
  const sign = descending ? -1 : 1;
  const compare = (x: Row, y: Row): number => {
    switch (field) {
      case 'dueAt':
        return compareText(x.dueAt, y.dueAt);
      case 'completionRate':
        return floatSortKey(x.completionRate) - floatSortKey(y.completionRate);
      case 'overdue':
        return x.overdue - y.overdue;
      case 'title':
        return compareText(x.title, y.title);
    }
  };
  rows.sort((x, y) => sign * compare(x, y) || compareText(x.assignmentId, y.assignmentId));
}
