import type { MockDataset } from '../../dataset/dataset.types.js';
import { attemptUserNumbering } from '../datasetIndex.js';
import { HOUR_MS } from '../localTime.js';
import { perOrgCache } from '../perOrgCache.js';

/**
 * One org's attempts by UTC hour, built once per dataset for `activityHeatmap`: the hours that have rows, in order
 * (`hour`, hours since the epoch), where each one's rows start (`hourRow`, org-relative row index; rows are sorted
 * by start, so an hour's rows are contiguous) and, per hour, the distinct users who started an attempt in it
 * (`pairUser`, their user numbers within the org, from `pairStart[h]` to `pairStart[h + 1]`).
 *
 * In a zone whose offset is a whole number of hours (and changes on the hour), every local day and local hour is a
 * run of whole UTC hours: its attempts are a difference of row starts, and its distinct users are found among the
 * hours' distinct users instead of among every row (a learner's session puts several attempts in one hour). Nothing
 * here depends on a query's zone, range or viewer.
 */
export interface HeatmapIndex {
  first: number;
  hour: Float64Array;
  hourRow: Int32Array;
  pairStart: Int32Array;
  pairUser: Uint16Array | Int32Array;
  /** How many attempts each (hour, user) pair stands for: what a user filter adds up instead of row-start differences. */
  pairCount: Uint16Array | Int32Array;
  /** How many user numbers the org's rows use (the size of a per-user mark array). */
  size: number;
}

function build(dataset: MockDataset, org: number): HeatmapIndex {
  const { start: first, end } = dataset.ranges.attempts[org]!;
  const { user, startedAt } = dataset.attempts;
  const numbering = attemptUserNumbering(dataset, org);
  const rows = end - first;
  const hour: number[] = [];
  const hourRow: number[] = [];
  const pairStart: number[] = [];
  const pairs = numbering.size <= 0x10000 ? new Uint16Array(rows) : new Int32Array(rows);
  // The hour (its position in `hour`) each user number was last seen in.
  const seen = new Int32Array(numbering.size).fill(-1);
  // The pair of each user number in the current hour.
  const pairOf = new Int32Array(numbering.size);
  const count = new Int32Array(rows);
  let nPairs = 0;
  let current = NaN;
  for (let i = first; i < end; i++) {
    const h = Math.floor(startedAt[i]! / HOUR_MS);
    if (h !== current) {
      current = h;
      hour.push(h);
      hourRow.push(i - first);
      pairStart.push(nPairs);
    }
    const n = numbering.of[user[i]!]!;
    if (seen[n] !== hour.length - 1) {
      seen[n] = hour.length - 1;
      pairOf[n] = nPairs;
      pairs[nPairs++] = n;
    }
    count[pairOf[n]!]!++;
  }
  let most = 0;
  for (let p = 0; p < nPairs; p++) most = Math.max(most, count[p]!);
  hourRow.push(rows);
  pairStart.push(nPairs);
  return {
    first,
    hour: Float64Array.from(hour),
    hourRow: Int32Array.from(hourRow),
    pairStart: Int32Array.from(pairStart),
    pairUser: pairs.slice(0, nPairs),
    pairCount: most <= 0xffff ? Uint16Array.from(count.subarray(0, nPairs)) : count.slice(0, nPairs),
    size: numbering.size,
  };
}

/** The org's `HeatmapIndex`, built on first use. */
export const heatmapIndex = perOrgCache(build);
