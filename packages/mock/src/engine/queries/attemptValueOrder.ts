import type { MockDataset } from '../../dataset/dataset.types.js';
import { attemptIdPlaces } from '../idOrder.js';
import { perOrgCache } from '../perOrgCache.js';
import { sortPositions } from '../sortPositions.js';

/**
 * One org's attempt rows ordered by a column's value ascending, missing values (NaN) last, equal values by the
 * attempt id's place: the order `recentAttempts` pages through when it sorts by score or duration. Built once per
 * dataset, org and column, on the first such query (4 B per attempt row of the org).
 */
export interface AttemptValueOrder {
  /** The org's attempt rows (absolute row numbers) in (value, missing last; attempt id) order. */
  rows: Int32Array;
  /** Where the missing values start in `rows` (rows.length when there are none). */
  missingFrom: number;
  /**
   * False when the column holds ±Infinity in this org: the page scan maps a missing value to +Infinity, which would
   * then tie with a real +Infinity by attempt id, an order this index does not keep; such an org is always scanned.
   */
  usable: boolean;
}

function build(dataset: MockDataset, org: number, column: Float64Array): AttemptValueOrder {
  const { start, end } = dataset.ranges.attempts[org]!;
  const n = end - start;
  const order = new Int32Array(n);
  const keys = new Float64Array(n);
  const ties = attemptIdPlaces(dataset).subarray(start, end);
  let usable = true;
  for (let k = 0; k < n; k++) {
    const v = column[start + k]!;
    if (v === Infinity || v === -Infinity) usable = false;
    order[k] = k;
    keys[k] = v !== v ? Infinity : v;
  }
  if (n > 1) sortPositions(order, keys, ties, 0, n - 1);
  let missingFrom = n;
  for (let k = 0; k < n; k++) order[k]! += start;
  while (missingFrom > 0 && keys[order[missingFrom - 1]! - start] === Infinity) missingFrom--;
  return { rows: order, missingFrom, usable };
}

/** Attempt rows of the org by score (see `AttemptValueOrder`). */
export const attemptsByScore = perOrgCache((dataset, org) => build(dataset, org, dataset.attempts.score));
/** Attempt rows of the org by duration (see `AttemptValueOrder`). */
export const attemptsByDuration = perOrgCache((dataset, org) => build(dataset, org, dataset.attempts.duration));
