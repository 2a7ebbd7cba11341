// Order statistics on typed arrays, used by the per-activity insights. Each
// works on a sub-range [start, end) so one buffer can hold every group.

/** Rearranges values[lo..hi] (inclusive) so that values[k] holds the k-th smallest (quickselect). */
function selectInPlace(values: Float64Array, lo: number, hi: number, k: number): void {
  while (hi > lo) {
    const mid = (lo + hi) >>> 1;
    // Median of three as pivot keeps sorted and constant runs linear.
    let a = values[lo]!;
    let b = values[mid]!;
    let c = values[hi]!;
    if (a > b) [a, b] = [b, a];
    if (b > c) [b, c] = [c, b];
    if (a > b) [a, b] = [b, a];
    const pivot = b;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (values[i]! < pivot) i++;
      while (values[j]! > pivot) j--;
      if (i <= j) {
        const tmp = values[i]!;
        values[i] = values[j]!;
        values[j] = tmp;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return;
  }
}

/** SQL `percentile_cont(0.5)` of values[start, end) (interpolated between the middle two); reorders that range. */
export function medianInPlace(values: Float64Array, start: number, end: number): number {
  const n = end - start;
  if (n <= 0) return NaN;
  const k = start + ((n - 1) >> 1);
  selectInPlace(values, start, end - 1, k);
  const low = values[k]!;
  if (n % 2 === 1) return low;
  let high = Infinity;
  for (let i = k + 1; i < end; i++) if (values[i]! < high) high = values[i]!;
  return low + (high - low) * 0.5;
}

/** SQL `stddev_samp` of values[start, end) around a known mean; null for fewer than two values. */
export function sampleStddev(values: Float64Array, start: number, end: number, mean: number): number | null {
  const n = end - start;
  if (n < 2) return null;
  let squares = 0;
  for (let i = start; i < end; i++) {
    const d = values[i]! - mean;
    squares += d * d;
  }
  return Math.sqrt(squares / (n - 1));
}

/**
 * PostgreSQL's `round(x::numeric, 2)`: half away from zero on the decimal value, so 6.335 (a double just below it)
 * gives 6.34. The hundredths are first rounded to six decimals, which drops the binary representation's error.
 */
export function round2(x: number): number {
  return (Math.sign(x) * Math.floor(Number((Math.abs(x) * 100).toFixed(6)) + 0.5)) / 100;
}

/**
 * The sort key of a figure shown rounded to 2 decimals (`round2`: a band, accuracyPct): its whole hundredths, the value
 * shown, as @learnlens/sql's `hundredthsKey` (round(x × 100)) sorts it, so figures that show alike tie whatever their
 * unrounded values. Not the 9-decimal float rule: the figure is exact hundredths.
 */
export function hundredthsKey(value: number): number {
  return Math.round(value * 100);
}

/**
 * The one rule of every float sort key and rank in the engine (an average, deviation, median, sum, rate or share):
 * the value rounded to 9 decimals (`round(x, 9)` in SQL: the dialects' `rankKey`, ClickHouse's `sortKeys.ts`), so
 * values equal in exact arithmetic but computed in another order or formula (1.1 + 2.2 + 1.3 against 1.3 + 2.2 + 1.1,
 * which differ in the last bit) tie and fall to the query's id on every backend. Values read as stored (a score, a
 * duration) and exact ones (counts, hundredths) sort as they are.
 */
export function floatSortKey(value: number): number;
export function floatSortKey(value: number | null): number | null;
export function floatSortKey(value: number | null): number | null {
  if (value === null) return value;
  // Fast path, the same double as `Number(value.toFixed(9))` without a string: when |value| × 1e9 < 2^50 its
  // floating-point product is within 1/8 of the exact one, so an integer nearer than 0.37 to the product is the
  // unique nearest to the exact value — the one toFixed picks — and n / 1e9 (both exact) rounds correctly, as
  // parsing its decimal text does. Near-halves, zero (toFixed keeps a sign only for x < 0) and large or non-finite
  // values take the text path.
  const y = value * 1e9;
  if (y < 1.125e15 && y > -1.125e15) {
    const n = Math.round(y);
    const off = y - n;
    if (n !== 0 && off < 0.37 && off > -0.37) return n / 1e9;
    // A quarter of all averages land here: the product's exact rounding error (Dekker's product: 1e9 has 21
    // significant bits, each half of the split value at most 27, so both partial products are exact) tells how far the
    // exact value is from n; clear of a half, n is still the one toFixed picks, without the string.
    if (n !== 0) {
      const c = 134_217_729 * value; // 2^27 + 1
      const high = c - (c - value);
      const err = high * 1e9 - y + (value - high) * 1e9;
      const d = off + err;
      if (d < 0.4999 && d > -0.4999) return n / 1e9;
    }
  }
  return !Number.isFinite(value) ? value : Number(value.toFixed(9));
}
