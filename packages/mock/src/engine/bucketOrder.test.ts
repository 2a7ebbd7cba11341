import { describe, expect, it } from 'vitest';
import { descendingRanks, orderByKey } from './bucketOrder.js';

// A small deterministic generator, so a failure reproduces.
function numbers(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const asKey = (k: number) => (Number.isNaN(k) ? Infinity : k);

function reference(keys: Float64Array, ties: Int32Array | null, count: number): number[] {
  return Array.from({ length: count }, (_, i) => i).sort((x, y) => {
    const a = asKey(keys[x]!);
    const b = asKey(keys[y]!);
    if (a !== b) return a < b ? -1 : 1;
    return ties === null ? x - y : ties[x]! - ties[y]!;
  });
}

describe('orderByKey', () => {
  it('should order keys of every sign and magnitude, then ties, as a comparison sort does', () => {
    const random = numbers(7);
    const special = [0, -0, Infinity, -Infinity, NaN, 1e-300, -1e-300, 5e-324, Number.MAX_VALUE, -Number.MAX_VALUE];
    for (const count of [0, 1, 2, 17, 300, 5_000]) {
      const keys = new Float64Array(count);
      // Distinct ties in an order unrelated to the positions.
      const ties = Int32Array.from({ length: count }, (_, i) => (i * 7919) % count);
      for (let i = 0; i < count; i++) {
        const r = random();
        // Few distinct values, so that many keys tie (large buckets of equal keys), besides wide-ranging and special ones.
        keys[i] = r < 0.4 ? Math.floor(random() * 5) - 2 : r < 0.5 ? special[Math.floor(random() * special.length)]! : (random() - 0.5) * 10 ** Math.floor(random() * 12 - 6);
      }
      expect(Array.from(orderByKey(keys, ties, count))).toEqual(reference(keys, ties, count));
      expect(Array.from(orderByKey(keys, null, count))).toEqual(reference(keys, null, count));
    }
  });

  it('should order clustered keys (averages to 9 decimals, most of them equal to a few values)', () => {
    const random = numbers(11);
    const count = 8_000;
    const keys = Float64Array.from({ length: count }, () => (random() < 0.6 ? 60 + Math.floor(random() * 5) * 10 : Math.round((50 + random() * 50) * 1e9) / 1e9));
    const ties = Int32Array.from({ length: count }, (_, i) => (i * 4001) % count);
    expect(Array.from(orderByKey(keys, ties, count))).toEqual(reference(keys, ties, count));
  });

  it('should order by the first `count` positions only, and all-equal keys by tie', () => {
    const keys = Float64Array.from([3, 1, 2, -1, -5]);
    expect(Array.from(orderByKey(keys, Int32Array.from([0, 1, 2, 3, 4]), 3))).toEqual([1, 2, 0]);
    expect(Array.from(orderByKey(Float64Array.from([0, -0, 0, -0]), Int32Array.from([3, 2, 1, 0]), 4))).toEqual([3, 2, 1, 0]);
    expect(Array.from(orderByKey(Float64Array.from([0, -0, 0, -0]), null, 4))).toEqual([0, 1, 2, 3]);
  });
});

describe('descendingRanks', () => {
  it('should give SQL rank() by key descending: 1 + the number of greater keys, equal keys sharing one', () => {
    const keys = Float64Array.from([70, 90, 70, 95, 60, 90, 70]);
    expect(Array.from(descendingRanks(keys, keys.length))).toEqual([4, 2, 4, 1, 7, 2, 4]);
    expect(Array.from(descendingRanks(new Float64Array(0), 0))).toEqual([]);
  });
});
