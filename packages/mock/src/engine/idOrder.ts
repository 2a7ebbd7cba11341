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
