// SQL's rank() over keys descending is 1 + how many keys are strictly greater. A query that needs the rank of a few
// of many keys (a page of a leaderboard, or each learner's rank in the previous period) need not order them all: the
// keys are spread by value over as many buckets as there are keys, each bucket counted, and a key's count is the keys
// of the buckets above its own plus those of its own bucket that are greater (a bucket holds one or two keys).

/** Counts, for any key, how many of a fixed set of keys are strictly greater. */
export class GreaterCounter {
  private readonly min: number;
  private readonly half: number;
  private readonly spread: number;
  private readonly last: number;
  /** Keys grouped by bucket, bucket b at [starts[b], starts[b + 1]). */
  private readonly grouped: Float64Array;
  private readonly starts: Int32Array;
  private readonly total: number;

  /** Over keys[0, count): finite numbers or ±Infinity (NaN is never greater, and counts no key greater). */
  constructor(keys: Float64Array, count: number) {
    let min = Infinity;
    let max = -Infinity;
    for (let i = 0; i < count; i++) {
      const k = keys[i]!;
      if (k > -Infinity && k < Infinity) {
        if (k < min) min = k;
        if (k > max) max = k;
      }
    }
    const buckets = Math.max(1, count);
    // The bucket only has to grow with the key (floating-point subtraction and scaling do); halving keeps max − min
    // finite. ±Infinity fall in the first or last bucket.
    this.half = max - min < Infinity ? 1 : 0.5;
    this.spread = max > min ? buckets / (max * this.half - min * this.half) : 0;
    this.min = min;
    this.last = buckets - 1;
    this.total = count;
    const bucketOf = new Int32Array(count);
    const starts = new Int32Array(buckets + 1);
    for (let i = 0; i < count; i++) {
      const b = this.bucket(keys[i]!);
      bucketOf[i] = b;
      starts[b + 1]!++;
    }
    for (let b = 0; b < buckets; b++) starts[b + 1]! += starts[b]!;
    const fill = starts.slice(0, buckets);
    const grouped = new Float64Array(count);
    for (let i = 0; i < count; i++) grouped[fill[bucketOf[i]!]!++] = keys[i]!;
    this.grouped = grouped;
    this.starts = starts;
  }

  private bucket(k: number): number {
    const f = Math.floor((k * this.half - this.min * this.half) * this.spread);
    // NaN (a NaN key, or k = min with an infinite spread) goes to the first bucket, which only matters for NaN keys.
    return f >= 0 ? (f < this.last ? f : this.last) : 0;
  }

  /** How many of the keys are strictly greater than `key`. */
  greater(key: number): number {
    if (key !== key) return 0;
    const b = this.bucket(key);
    const grouped = this.grouped;
    const end = this.starts[b + 1]!;
    let n = this.total - end;
    for (let p = this.starts[b]!; p < end; p++) if (grouped[p]! > key) n++;
    return n;
  }
}
