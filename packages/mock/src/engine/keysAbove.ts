import { floatSortKey } from './stats.js';
import { GreaterCounter } from './greaterCounter.js';

// Fewer than FEW_QUERIES keys asked for (a page of a top 50) are counted in one pass over the keys: each key finds, by a
// search of fixed length without branches, how many of the (sorted) asked keys lie below it; then an asked key's count
// is the keys that found more below them. Building a GreaterCounter over ten thousand keys for fifty questions cost
// several times that.
export const FEW_QUERIES = 64;

/**
 * Per query, how many of keys[0, n) are strictly greater (0 for NaN; NaN keys are never greater). With `raw`, keys and
 * queries are raw averages, and what is counted is how many have a greater floatSortKey.
 */
export function keysAbove(keys: Float64Array, n: number, queries: Float64Array, raw = false): Int32Array {
  const out = new Int32Array(queries.length);
  if (raw && queries.length >= FEW_QUERIES) throw new Error('raw averages are counted for fewer than FEW_QUERIES queries only');
  if (queries.length >= FEW_QUERIES) {
    const counter = new GreaterCounter(keys, n);
    for (let r = 0; r < queries.length; r++) out[r] = counter.greater(queries[r]!);
    return out;
  }
  // The asked keys ascending, padded to FEW_QUERIES with +Infinity (no key lies above it; at least the last slot is
  // padding, so the search below, which cannot count past FEW_QUERIES − 1, never needs to). NaN ones are left out.
  const sorted = new Float64Array(FEW_QUERIES).fill(Infinity);
  let m = 0;
  for (let r = 0; r < queries.length; r++) if (queries[r] === queries[r]) sorted[m++] = queries[r]!;
  sorted.subarray(0, m).sort();
  const below = new Int32Array(FEW_QUERIES + 1);
  const notGreater = new Int32Array(FEW_QUERIES);
  if (raw) countBelowRaw(keys, n, sorted, below, notGreater);
  else countBelow(keys, n, sorted, below);
  // above[j]: the keys with more than j asked keys below them, which are the keys greater than sorted[j] (less, for
  // raw averages, those just above it whose key is not greater).
  const above = new Int32Array(FEW_QUERIES + 1);
  for (let j = FEW_QUERIES - 1; j >= 0; j--) above[j] = above[j + 1]! + below[j + 1]!;
  for (let j = 0; j < FEW_QUERIES; j++) above[j]! -= notGreater[j]!;
  for (let r = 0; r < queries.length; r++) {
    const q = queries[r]!;
    if (q !== q) continue;
    let j = 0;
    while (sorted[j]! < q) j++; // q is in sorted, so this stops at its first copy
    out[r] = above[j]!;
  }
  return out;
}

/** below[c]: how many keys have exactly c of the sorted (padded) queries strictly below them. */
function countBelow(keys: Float64Array, n: number, sorted: Float64Array, below: Int32Array): Int32Array {
  for (let i = 0; i < n; i++) below[queriesBelow(sorted, keys[i]!)]!++;
  return below;
}

// How many of the sorted (padded) queries lie strictly below k: FEW_QUERIES = 2^6, so six halvings, each moving by
// arithmetic on a comparison rather than by a branch (NaN compares false: none).
function queriesBelow(sorted: Float64Array, k: number): number {
  let c = 0;
  c += +(sorted[c + 31]! < k) * 32;
  c += +(sorted[c + 15]! < k) * 16;
  c += +(sorted[c + 7]! < k) * 8;
  c += +(sorted[c + 3]! < k) * 4;
  c += +(sorted[c + 1]! < k) * 2;
  return c + +(sorted[c]! < k);
}

// Ranks compare floatSortKey(average), the average rounded to 9 decimals (then to the nearest double), which only
// rises with the average. So a raw average at or below a query's never has a greater key, and one more than RAW_BAND
// above it always has: rounding moves each by at most half of 1e-9, and, below RAW_LIMIT, doubles are finer than
// 1e-9, so keys 1e-9 apart stay apart. Only an average in (q, q + RAW_BAND] needs its key made and compared.
const RAW_BAND = 2e-9;
export const RAW_LIMIT = 2 ** 20;

/**
 * `countBelow` over raw averages; notGreater[j] counts the keys counted above sorted[j] whose floatSortKey is not
 * greater than its (they lie within RAW_BAND above it: rare, so a branch nearly never taken).
 */
function countBelowRaw(keys: Float64Array, n: number, sorted: Float64Array, below: Int32Array, notGreater: Int32Array): void {
  for (let i = 0; i < n; i++) {
    const k = keys[i]!;
    const c = queriesBelow(sorted, k);
    below[c]!++;
    // sorted[c − 1] is the greatest query below k (c = 0: none).
    if (c > 0 && k - RAW_BAND <= sorted[c - 1]!) nearQueries(k, c, sorted, notGreater);
  }
}

function nearQueries(k: number, c: number, sorted: Float64Array, notGreater: Int32Array): void {
  const key = floatSortKey(k);
  for (let j = c - 1; j >= 0 && k - RAW_BAND <= sorted[j]!; j--) if (!(key > floatSortKey(sorted[j]!))) notGreater[j]!++;
}
