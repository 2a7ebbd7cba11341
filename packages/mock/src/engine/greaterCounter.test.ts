import { describe, expect, it } from 'vitest';
import { GreaterCounter } from './greaterCounter.js';

const count = (keys: number[], key: number) => keys.filter((k) => k > key).length;

describe('GreaterCounter', () => {
  it('should count the keys strictly greater than any key, ties and all', () => {
    let seed = 7;
    const rand = () => ((seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0) / 4_294_967_296);
    // Few distinct values (many ties) and a spread of values, so buckets hold both one key and many.
    const keys = Array.from({ length: 500 }, (_, i) => (i % 3 === 0 ? Math.floor(rand() * 5) : rand() * 1000 - 500));
    const counter = new GreaterCounter(Float64Array.from(keys), keys.length);
    for (const key of [...keys, -1e9, 1e9, 0.5, 2, -500, 500]) expect(counter.greater(key)).toBe(count(keys, key));
  });

  it('should place infinities at the ends, and never count NaN as greater', () => {
    const keys = [3, -Infinity, Infinity, 1, NaN, 3, 2];
    const counter = new GreaterCounter(Float64Array.from(keys), keys.length);
    for (const key of [3, 1, 2, 0, 4, Infinity, -Infinity]) expect(counter.greater(key)).toBe(count(keys, key));
    expect(counter.greater(NaN)).toBe(0);
  });

  it('should count among equal keys, a huge spread, and none', () => {
    expect(new GreaterCounter(Float64Array.of(5, 5, 5), 3).greater(4)).toBe(3);
    expect(new GreaterCounter(Float64Array.of(5, 5, 5), 3).greater(5)).toBe(0);
    const wide = [-Number.MAX_VALUE, Number.MAX_VALUE, 0, 1];
    const counter = new GreaterCounter(Float64Array.from(wide), wide.length);
    for (const key of wide) expect(counter.greater(key)).toBe(count(wide, key));
    expect(new GreaterCounter(new Float64Array(0), 0).greater(1)).toBe(0);
  });
});
