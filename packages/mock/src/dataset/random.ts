// A small seeded pseudo-random generator (sfc32) and integer hashing. Streams
// are derived from the seed plus a few salts, so the learners of one org draw
// from their own stream and adding events never shifts the attempts.

/** Mixes the bits of a 32-bit integer (the MurmurHash3 finalizer). */
export function mix32(value: number): number {
  let h = value | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** A 32-bit hash of a seed of any numeric value (negative, fractional or beyond 2^32 included). */
export function hashSeed(seed: number): number {
  const text = String(seed);
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return mix32(h);
}

/** A 32-bit hash of a list of integers. */
export function hashInts(...parts: number[]): number {
  let h = 0x9e3779b9;
  for (const p of parts) h = mix32(Math.imul(h ^ mix32(p), 0x01000193) + 0x7f4a7c15);
  return h;
}

/** hashInts's state after the given integers: `hashStep(hashPrefix(a, b), c)` is `hashInts(a, b, c)`. */
export function hashPrefix(...parts: number[]): number {
  return hashInts(...parts);
}

/** hashInts's state after one more integer: what hashInts(...parts, p) gives from hashPrefix(...parts). */
export function hashStep(h: number, p: number): number {
  return mix32(Math.imul(h ^ mix32(p), 0x01000193) + 0x7f4a7c15);
}

/** hashNormal(...parts) from hashPrefix(...parts): the two uniform draws hash one more integer each (1, then 2). */
export function normalAfter(prefix: number): number {
  const u = 1 - hashStep(prefix, 1) / 4_294_967_296;
  const v = hashStep(prefix, 2) / 4_294_967_296;
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** A deterministic number in [0, 1) from a list of integers. */
export function hashUnit(...parts: number[]): number {
  return hashInts(...parts) / 4_294_967_296;
}

/** A seeded generator of uniform, normal and Poisson numbers. */
export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  /** A generator whose stream is fixed by the given integers. */
  constructor(...salts: number[]) {
    this.a = hashInts(1, ...salts);
    this.b = hashInts(2, ...salts);
    this.c = hashInts(3, ...salts);
    this.d = 1;
    for (let i = 0; i < 12; i++) this.uint32();
  }

  /** A uniform 32-bit unsigned integer. */
  uint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = ((this.c << 21) | (this.c >>> 11)) + t;
    this.c |= 0;
    return t >>> 0;
  }

  /** A uniform number in [0, 1). */
  next(): number {
    return this.uint32() / 4_294_967_296;
  }

  /** A uniform number in [min, max). */
  range(min: number, max: number): number {
    return min + (max - min) * this.next();
  }

  /** A uniform integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)]!;
  }

  /** A standard normal number (Box–Muller). */
  normal(): number {
    const u = 1 - this.next();
    const v = this.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  /** A log-normal multiplier with mean 1. */
  spread(sigma: number): number {
    return Math.exp(sigma * this.normal() - (sigma * sigma) / 2);
  }

  /** A Poisson count with mean `lambda`. */
  poisson(lambda: number): number {
    if (lambda <= 0) return 0;
    // Knuth's product method is exact but linear in lambda; past 30 the normal approximation is close enough.
    if (lambda > 30) return Math.max(0, Math.round(lambda + Math.sqrt(lambda) * this.normal()));
    const limit = Math.exp(-lambda);
    let k = 0;
    let p = this.next();
    while (p > limit) {
      k++;
      p *= this.next();
    }
    return k;
  }

  /** An index drawn from cumulative weights (last entry = total). */
  weighted(cumulative: Float64Array | readonly number[]): number {
    const target = this.next() * cumulative[cumulative.length - 1]!;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! > target) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }

  /** The items in a random order (a new array). */
  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = this.int(i + 1);
      [out[i], out[j]] = [out[j]!, out[i]!];
    }
    return out;
  }
}

/** A deterministic standard normal number from a list of integers. */
export function hashNormal(...parts: number[]): number {
  const u = 1 - hashUnit(...parts, 1);
  const v = hashUnit(...parts, 2);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}
