import { describe, expect, it } from 'vitest';
import { FEW_QUERIES, keysAbove } from './keysAbove.js';
import { floatSortKey } from './stats.js';

// A seeded generator, so a failure names values that can be replayed.
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1_664_525 + 1_013_904_223) >>> 0;
    return s / 2 ** 32;
  };
}

// Averages as the leaderboard makes them (sums over counts), and values a hair away from each other and from the
// halves of the 9th decimal, where rounding decides whether two averages tie.
function averages(rand: () => number, n: number): number[] {
  const out: number[] = [];
  const hairs = [0, 1e-12, 1e-10, 4e-10, 5e-10, 6e-10, 1e-9, 1.5e-9, 2e-9, 2.5e-9, 1e-8];
  while (out.length < n) {
    const kind = rand();
    if (kind < 0.5) {
      const count = 1 + Math.floor(rand() * 40);
      out.push(Math.floor(rand() * 100 * count) / count);
    } else if (kind < 0.85 && out.length > 0) {
      const near = out[Math.floor(rand() * out.length)]!;
      const hair = hairs[Math.floor(rand() * hairs.length)]!;
      out.push(rand() < 0.5 ? near + hair : near - hair);
    } else if (kind < 0.95) {
      out.push(Math.round(rand() * 1e5) / 1e3 + 5e-10); // a half of the 9th decimal, give or take the double
    } else {
      out.push([0, -0, -3.25, NaN, 99.9999999995, -1e-10][Math.floor(rand() * 6)]!);
    }
  }
  return out;
}

function greaterKeys(keys: number[], query: number): number {
  if (query !== query) return 0;
  const mine = floatSortKey(query);
  return keys.filter((k) => floatSortKey(k) > mine).length;
}

describe('keysAbove', () => {
  it.each([1, 2, 3, 4, 5, 6, 7, 8])('should count greater keys from raw averages as from their keys (seed %i)', (seed) => {
    const rand = random(seed);
    const raw = averages(rand, 3000);
    // The queries are averages of the same set, as a page's rows are: copies, near-ties and NaN among them.
    const queries = Array.from({ length: 1 + Math.floor(rand() * (FEW_QUERIES - 1)) }, () => raw[Math.floor(rand() * raw.length)]!);
    const expected = queries.map((q) => greaterKeys(raw, q));
    expect(Array.from(keysAbove(Float64Array.from(raw), raw.length, Float64Array.from(queries), true))).toEqual(expected);
    // The same counts from keys made beforehand, the way every other order ranks.
    const keyed = Float64Array.from(raw, (v) => floatSortKey(v));
    expect(Array.from(keysAbove(keyed, keyed.length, Float64Array.from(queries, (v) => floatSortKey(v))))).toEqual(expected);
  });

  it('should tell a hair above a query from a greater key', () => {
    // 0.1234567894 and 0.1234567896 round to different 9th decimals; 0.12345678951 and 0.12345678959 to the same.
    const raw = Float64Array.from([0.1234567894, 0.1234567896, 0.12345678951, 0.12345678959, 0.5]);
    expect(Array.from(keysAbove(raw, raw.length, Float64Array.from([0.1234567894, 0.12345678951]), true))).toEqual([4, 1]);
  });

  it('should refuse raw averages for as many queries as need the counter', () => {
    expect(() => keysAbove(new Float64Array(4), 4, new Float64Array(FEW_QUERIES), true)).toThrow(/fewer than/);
  });
});
