import { describe, expect, it } from 'vitest';
import { orderByKey } from './topK.js';

describe('orderByKey', () => {
  // Both paths (heap for a small page, sort for a large one) against a plain comparator sort, with many ties and NaN.
  it('should order by key then tie, NaN last, for every page size', () => {
    let seed = 3;
    const rand = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648);
    for (let trial = 0; trial < 60; trial++) {
      const count = 1 + Math.floor(rand() * 300);
      const keys = Float64Array.from({ length: count }, () => (rand() < 0.05 ? NaN : Math.floor(rand() * 12) - 6));
      const ties = Int32Array.from({ length: count }, (_, i) => i * 7 + 3);
      for (let i = count - 1; i > 0; i--) {
        const j = Math.floor(rand() * (i + 1));
        [ties[i], ties[j]] = [ties[j]!, ties[i]!];
      }
      const k = (v: number) => (Number.isNaN(v) ? Infinity : v);
      const expected = Array.from({ length: count }, (_, i) => i).sort((x, y) => k(keys[x]!) - k(keys[y]!) || ties[x]! - ties[y]!);
      for (const wanted of [0, 1, 5, Math.floor(count / 3), count, count + 4]) {
        expect(Array.from(orderByKey(keys, ties, count, wanted))).toEqual(expected.slice(0, Math.max(0, Math.min(wanted, count))));
      }
    }
  });
});
