import type { MockDataset } from '../dataset/dataset.types.js';
import { lowerBound } from './context.js';

/**
 * Each user's attempt rows, ascending (so, within an org, in `startedAt` order): `rows[offsets[u]] …
 * rows[offsets[u + 1] - 1]`. Built once per dataset on first use, in two passes over the user column, so a query
 * about a few learners reads their rows instead of scanning the whole org.
 */
export interface UserRowIndex {
  offsets: Int32Array;
  rows: Int32Array;
}

const built = new WeakMap<MockDataset, UserRowIndex>();

/** The dataset's per-user attempt rows, built on first use. */
export function attemptRowsByUser(dataset: MockDataset): UserRowIndex {
  let index = built.get(dataset);
  if (index !== undefined) return index;
  const user = dataset.attempts.user;
  const n = user.length;
  const offsets = new Int32Array(dataset.users.length + 1);
  for (let i = 0; i < n; i++) offsets[user[i]! + 1]!++;
  for (let u = 0; u < dataset.users.length; u++) offsets[u + 1]! += offsets[u]!;
  const next = offsets.slice(0, dataset.users.length);
  const rows = new Int32Array(n);
  for (let i = 0; i < n; i++) rows[next[user[i]!]!++] = i;
  index = { offsets, rows };
  built.set(dataset, index);
  return index;
}

/**
 * Calls `visit(row)` for every attempt row of the users in `users` that lies in [start, end) (a slice of one org's
 * rows), user by user and in row order within a user. Order across users is not row order: use it only for sums,
 * counts and extrema.
 */
export function forEachUserRow(index: UserRowIndex, users: Int32Array, start: number, end: number, visit: (row: number) => void): void {
  const { offsets, rows } = index;
  for (let k = 0; k < users.length; k++) {
    const u = users[k]!;
    let i = lowerBound(rows, offsets[u]!, offsets[u + 1]!, start);
    const stop = offsets[u + 1]!;
    for (; i < stop; i++) {
      const row = rows[i]!;
      if (row >= end) break;
      visit(row);
    }
  }
}

/**
 * Copies of the attempt columns a per-user walk reads, in the per-user index's order: entry k belongs to row
 * `attemptRowsByUser(dataset).rows[k]`. A learner's or a team's rows lie scattered through the org's slice, so
 * reading them in place costs a cache miss per column and row; here one user's values are adjacent. Built once per
 * dataset on first use (28 B per attempt).
 */
export interface UserMajorAttempts {
  startedAt: Float64Array;
  endedAt: Float64Array;
  score: Float64Array;
  activity: Int32Array;
}

const copies = new WeakMap<MockDataset, UserMajorAttempts>();

/** The dataset's user-major attempt columns, built on first use. */
export function attemptColumnsByUser(dataset: MockDataset): UserMajorAttempts {
  let built = copies.get(dataset);
  if (built !== undefined) return built;
  const { rows } = attemptRowsByUser(dataset);
  const a = dataset.attempts;
  const n = rows.length;
  built = { startedAt: new Float64Array(n), endedAt: new Float64Array(n), score: new Float64Array(n), activity: new Int32Array(n) };
  for (let k = 0; k < n; k++) {
    const i = rows[k]!;
    built.startedAt[k] = a.startedAt[i]!;
    built.endedAt[k] = a.endedAt[i]!;
    built.score[k] = a.score[i]!;
    built.activity[k] = a.activity[i]!;
  }
  copies.set(dataset, built);
  return built;
}
