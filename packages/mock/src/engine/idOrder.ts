import type { MockDataset } from '../dataset/dataset.types.js';
import { compareText } from './compare.js';

const built = new WeakMap<MockDataset, Int32Array>();

/**
 * Per user index, the place of its user_id in code-point order (`compareText`, SQL's `COLLATE "C"`), built once per
 * dataset on first use: a query that breaks ties by user id compares two integers instead of two strings.
 */
export function userIdPlaces(dataset: MockDataset): Int32Array {
  let places = built.get(dataset);
  if (places !== undefined) return places;
  const ids = dataset.users.map((u) => u.user_id);
  const order = Array.from(ids.keys()).sort((x, y) => compareText(ids[x]!, ids[y]!));
  places = new Int32Array(ids.length);
  for (let p = 0; p < order.length; p++) places[order[p]!] = p;
  built.set(dataset, places);
  return places;
}

const orgLists = new WeakMap<MockDataset, Int32Array[]>();

/** Per org index, its users' indexes in user_id code-point order, built once per dataset on first use. */
export function orgUsersById(dataset: MockDataset): Int32Array[] {
  let lists = orgLists.get(dataset);
  if (lists !== undefined) return lists;
  const places = userIdPlaces(dataset);
  const byOrg: number[][] = dataset.orgs.map(() => []);
  dataset.users.forEach((u, i) => {
    const org = dataset.index.org.get(u.org_id);
    if (org !== undefined) byOrg[org]!.push(i);
  });
  lists = byOrg.map((list) => Int32Array.from(list.sort((x, y) => places[x]! - places[y]!)));
  orgLists.set(dataset, lists);
  return lists;
}

const attemptPlaces = new WeakMap<MockDataset, Int32Array>();

/**
 * Per attempt row, the place of its attempt_id in code-point order (`compareText`), built once per dataset on first
 * use, so a sort that breaks ties by attempt id compares integers. A generated dataset numbers its attempts in table
 * order with zero-padded ids, so one pass that finds the ids already ascending makes the row number the place; other
 * datasets (hand-built ids, or "att-10000000" after "att-9999999") are sorted once. Equal ids (not expected) get
 * consecutive places in row order.
 */
export function attemptIdPlaces(dataset: MockDataset): Int32Array {
  let places = attemptPlaces.get(dataset);
  if (places !== undefined) return places;
  const ids = dataset.attempts.id;
  const n = dataset.attempts.length;
  let ascending = true;
  for (let i = 1; i < n && ascending; i++) if (compareText(ids[i - 1]!, ids[i]!) >= 0) ascending = false;
  places = new Int32Array(n);
  if (ascending) {
    for (let i = 0; i < n; i++) places[i] = i;
  } else {
    const order = Array.from({ length: n }, (_, i) => i).sort((x, y) => compareText(ids[x]!, ids[y]!) || x - y);
    for (let p = 0; p < n; p++) places[order[p]!] = p;
  }
  attemptPlaces.set(dataset, places);
  return places;
}
