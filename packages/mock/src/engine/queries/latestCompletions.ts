import type { MockDataset } from '../../dataset/dataset.types.js';
import { perOrgCache } from '../perOrgCache.js';
import { attemptUserNumbering, datasetIndex } from '../datasetIndex.js';

/**
 * Per org, the latest start of a finished attempt of each (user, assigned activity) pair, over the org's whole history:
 * what `assignmentProgress` asks of every assignee ("finished it since it was assigned" is "latest finished start ≥
 * assigned_at"). Built once per dataset and org on first use, so a query reads one number per assignee instead of
 * scanning the org's attempts.
 */
export interface LatestCompletions {
  /** Per activity index, its column in `latest`, or -1 when no assignment of the org names it. */
  column: Int32Array;
  /** How many columns (assigned activities) a user's row has. */
  columns: number;
  /** Per user (its number in `of`), per column: epoch ms of the latest finished attempt's start, or -Infinity. */
  latest: Float64Array;
  /** Per user index, its row in `latest` (the attempts' user numbering of the org). */
  of: Int32Array;
  /**
   * Per assignment of the org (its position in `datasetIndex(dataset).assignmentsByOrg[org]`), how many of all its
   * assignees completed it: what a query with every assignee in scope (an admin's, no team or user filter) reads
   * instead of looking up each assignee.
   */
  completedByAll: Int32Array;
}

/** The org's `LatestCompletions`, built on first use. */
export const latestCompletions: (dataset: MockDataset, org: number) => LatestCompletions = perOrgCache(build);

function build(dataset: MockDataset, org: number): LatestCompletions {
  const column = new Int32Array(dataset.activities.length).fill(-1);
  let columns = 0;
  for (const x of datasetIndex(dataset).assignmentsByOrg[org]!) {
    if (x.activity >= 0 && column[x.activity] === -1) column[x.activity] = columns++;
  }
  const numbering = attemptUserNumbering(dataset, org);
  const of = numbering.of;
  const latest = new Float64Array(numbering.size * columns).fill(-Infinity);
  const { activity, user, endedAt, startedAt } = dataset.attempts;
  const range = dataset.ranges.attempts[org]!;
  // Rows are in start order, so the last finished one seen of a pair is its latest.
  for (let i = range.start; i < range.end; i++) {
    const c = column[activity[i]!]!;
    if (c < 0) continue;
    const e = endedAt[i]!;
    if (e !== e) continue; // not finished
    latest[of[user[i]!]! * columns + c] = startedAt[i]!;
  }
  const assignments = datasetIndex(dataset).assignmentsByOrg[org]!;
  const completedByAll = new Int32Array(assignments.length);
  assignments.forEach((x, p) => {
    if (x.activity < 0) return;
    completedByAll[p] = completedAmong(x.assignees, x.assignedMs, latest, of, columns, column[x.activity]!);
  });
  return { column, columns, latest, of, completedByAll };
}

/** How many of `assignees` finished the assignment's activity (column `col`) at or after `assignedMs`. */
export function completedAmong(
  assignees: Int32Array,
  assignedMs: number,
  latest: Float64Array,
  of: Int32Array,
  columns: number,
  col: number,
): number {
  let done = 0;
  for (let k = 0; k < assignees.length; k++) {
    if (latest[of[assignees[k]!]! * columns + col]! >= assignedMs) done++;
  }
  return done;
}
