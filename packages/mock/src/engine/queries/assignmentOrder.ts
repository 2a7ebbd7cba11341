import type { MockDataset } from '../../dataset/dataset.types.js';
import { datasetIndex } from '../datasetIndex.js';
import { perOrgCache } from '../perOrgCache.js';
import { sortPositions } from '../sortPositions.js';

/**
 * One org's assignments (positions in `datasetIndex(dataset).assignmentsByOrg[org]`) in the orders that do not depend
 * on a query's parameters: by due time and by title, each ascending with ties by assignment id. A query sorted by
 * either reads its page off the order instead of sorting its candidates. Built once per dataset and org (4 B per
 * assignment and order).
 */
export interface AssignmentOrders {
  dueAt: StaticOrder;
  title: StaticOrder;
}

/** Positions in (key ascending, assignment id) order, with each position's key. */
export interface StaticOrder {
  positions: Int32Array;
  /** Per position (not per place in `positions`): its key. */
  keys: Float64Array;
  /** False when a key is not a finite number (an unparsable date): the query then sorts its candidates. */
  usable: boolean;
}

function order(keys: Float64Array, ties: Int32Array): StaticOrder {
  const n = keys.length;
  const positions = new Int32Array(n);
  for (let p = 0; p < n; p++) positions[p] = p;
  const usable = keys.every((k) => Number.isFinite(k));
  // sortPositions needs keys without NaN; an unusable order is never read.
  if (usable && n > 1) sortPositions(positions, keys, ties, 0, n - 1);
  return { positions, keys, usable };
}

/** The org's static assignment orders, built on first use. */
export const assignmentOrders: (dataset: MockDataset, org: number) => AssignmentOrders = perOrgCache((dataset, org) => {
  const list = datasetIndex(dataset).assignmentsByOrg[org]!;
  const ties = Int32Array.from(list, (x) => x.idPlace);
  return {
    dueAt: order(Float64Array.from(list, (x) => x.dueMs), ties),
    title: order(Float64Array.from(list, (x) => x.titlePlace), ties),
  };
});

/**
 * Per user index, the positions of the org's assignments that list the user as an assignee (once per listing), as
 * `positions[offsets[u]] … positions[offsets[u + 1] - 1]`, ascending: a manager's or learner's query finds the
 * assignments of the users in scope without testing every assignee of every assignment of the org. Built once per
 * dataset and org (4 B per assignee row, 4 B per user).
 */
export interface AssignmentsByAssignee {
  offsets: Int32Array;
  positions: Int32Array;
}

/** The org's assignments per assignee, built on first use. */
export const assignmentsByAssignee: (dataset: MockDataset, org: number) => AssignmentsByAssignee = perOrgCache((dataset, org) => {
  const list = datasetIndex(dataset).assignmentsByOrg[org]!;
  const offsets = new Int32Array(dataset.users.length + 1);
  for (const x of list) for (const u of x.assignees) offsets[u + 1]!++;
  for (let u = 0; u < dataset.users.length; u++) offsets[u + 1]! += offsets[u]!;
  const next = offsets.slice(0, dataset.users.length);
  const positions = new Int32Array(offsets[dataset.users.length]!);
  list.forEach((x, p) => {
    for (const u of x.assignees) positions[next[u]!++] = p;
  });
  return { offsets, positions };
});
