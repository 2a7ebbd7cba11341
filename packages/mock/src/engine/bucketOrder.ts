// Ordering a few thousand numbers in linear time. V8's Float64Array#sort takes about 70 ns an element at 8,000
// elements, and a comparator sort more, while one pass over an attempt costs a few ns: the leaderboard orders every
// ranked learner of an org and ranks two periods, which at that price costs more than scanning the org's month of
// attempts. A bucket sort spreads the keys over as many buckets as there are keys, by value, and sorts each
// (usually tiny) bucket by comparisons.
import { sortPositions } from './sortPositions.js';

/**
 * The positions [0, count) ordered by (keys ascending, then ties ascending). `ties` must be distinct integers (a user
 * id's place, say), or null to keep equal keys in position order (cheapest: feed positions in tie order and pass
 * null). NaN counts as +Infinity.
 */
export function orderByKey(keys: Float64Array, ties: Int32Array | null, count: number): Int32Array {
  const order = new Int32Array(count);
  if (count === 0) return order;
  const clean = new Float64Array(count);
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < count; i++) {
    let k = keys[i]!;
    if (k !== k) k = Infinity;
    clean[i] = k;
    if (k > -Infinity && k < Infinity) {
      if (k < min) min = k;
      if (k > max) max = k;
    }
  }
  let tie = ties;
  if (tie === null) {
    tie = new Int32Array(count);
    for (let i = 0; i < count; i++) tie[i] = i;
  }
  // Buckets: 0 for −Infinity, 1 … count for finite keys spread evenly over [min, max], count + 1 for +Infinity. The
  // bucket only has to grow with the key (floating-point subtraction and scaling do); halving keeps max − min finite.
  const half = max - min < Infinity ? 1 : 0.5;
  const spread = max > min ? count / (max * half - min * half) : 0;
  const bucket = new Int32Array(count);
  const ends = new Int32Array(count + 3);
  for (let i = 0; i < count; i++) {
    const k = clean[i]!;
    let b: number;
    if (k === -Infinity) b = 0;
    else if (k === Infinity) b = count + 1;
    else {
      const f = Math.floor((k * half - min * half) * spread); // NaN only at k = min with an infinite spread
      b = 1 + (f >= 0 ? (f < count ? f : count - 1) : 0);
    }
    bucket[i] = b;
    ends[b + 1]!++;
  }
  for (let b = 1; b < count + 3; b++) ends[b]! += ends[b - 1]!;
  for (let i = 0; i < count; i++) order[ends[bucket[i]!]!++] = i; // ends[b] now ends bucket b
  let start = 0;
  for (let b = 0; b < count + 2; b++) {
    const end = ends[b]!;
    // Without ties, a bucket of equal keys is already in position order (the scatter keeps it): nothing to sort.
    if (end - start > 1 && (ties !== null || !allEqual(order, clean, start, end))) sortPositions(order, clean, tie, start, end - 1);
    start = end;
  }
  return order;
}

function allEqual(order: Int32Array, keys: Float64Array, start: number, end: number): boolean {
  const k = keys[order[start]!]!;
  for (let p = start + 1; p < end; p++) if (keys[order[p]!] !== k) return false;
  return true;
}

/** SQL's rank() over keys descending: per position, 1 + how many keys are strictly greater (equal keys share one). */
export function descendingRanks(keys: Float64Array, count: number): Int32Array {
  const order = orderByKey(keys, null, count);
  const ranks = new Int32Array(count);
  for (let q = count - 1; q >= 0; q--) {
    const p = order[q]!;
    ranks[p] = q < count - 1 && keys[p] === keys[order[q + 1]!] ? ranks[order[q + 1]!]! : count - q;
  }
  return ranks;
}
