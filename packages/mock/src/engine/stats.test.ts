import { describe, expect, it } from 'vitest';
import { floatSortKey, medianInPlace, round2, sampleStddev } from './stats.js';

describe('stats', () => {
  it('should take percentile_cont(0.5): the middle value, or the midpoint of the middle two', () => {
    expect(medianInPlace(Float64Array.of(5, 1, 3), 0, 3)).toBe(3);
    expect(medianInPlace(Float64Array.of(4, 1, 3, 2), 0, 4)).toBe(2.5);
    expect(medianInPlace(Float64Array.of(7), 0, 1)).toBe(7);
    // Only the sub-range counts.
    expect(medianInPlace(Float64Array.of(100, 9, 8, 1, -100), 1, 4)).toBe(8);
  });

  it('should agree with sorting on random data full of ties', () => {
    let seed = 42;
    const rand = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648);
    for (let trial = 0; trial < 200; trial++) {
      const n = 1 + Math.floor(rand() * 60);
      const values = Float64Array.from({ length: n }, () => Math.floor(rand() * 8));
      const sorted = [...values].sort((a, b) => a - b);
      const expected = n % 2 ? sorted[(n - 1) / 2]! : (sorted[n / 2 - 1]! + sorted[n / 2]!) / 2;
      expect(medianInPlace(values, 0, n)).toBe(expected);
    }
  });

  it('should give the sample standard deviation, null for a single value', () => {
    const values = Float64Array.of(2, 4, 4, 4, 5, 5, 7, 9);
    expect(sampleStddev(values, 0, 8, 5)).toBeCloseTo(Math.sqrt(32 / 7), 12);
    expect(sampleStddev(values, 0, 1, 2)).toBeNull();
  });

  it('should round to two decimals half away from zero', () => {
    expect(round2(6.125)).toBe(6.13);
    expect(round2(-6.125)).toBe(-6.13);
    expect(round2(5.75)).toBe(5.75);
  });
});

describe('round2', () => {
  // Regression: 6.335 is stored as 6.33499999…, and Math.round(633.4999…) gave 6.33 where PostgreSQL's
  // round(6.335::numeric, 2) gives 6.34.
  it('should round half away from zero on the decimal value, as PostgreSQL round(numeric, 2) does', () => {
    expect(round2(6.335)).toBe(6.34);
    expect(round2((6.5 + 6.17) / 2)).toBe(6.34);
    expect(round2(1.005)).toBe(1.01);
    expect(round2(4.125)).toBe(4.13);
    expect(round2(-6.335)).toBe(-6.34);
    expect(round2(6.3349)).toBe(6.33);
    expect(round2(7)).toBe(7);
    expect(round2(0)).toBe(0);
  });
});

describe('floatSortKey', () => {
  // Its fast path must give exactly the double round(x, 9) gives through text: averages, shares, near-halves, zero.
  it('should equal Number(x.toFixed(9)) on every kind of value', () => {
    let seed = 7;
    const rand = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648);
    const values: number[] = [0, -0, 1e-10, -1e-10, 5e-10, -5e-10, 0.0000000005, 1.0000000005, 2.5e-9, 1e6, 1.1e6, 123456.7890123455, Infinity, -Infinity, NaN];
    for (let i = 0; i < 20_000; i++) {
      const n = 1 + Math.floor(rand() * 500);
      let sum = 0;
      for (let k = 0; k < n; k++) sum += Math.floor(rand() * 201) / 2;
      values.push(sum / n, -sum / n, rand() * 1e7, (Math.floor(rand() * 1e12) + 0.5) / 1e9, rand() * 1e-8);
    }
    for (const x of values) expect(Object.is(floatSortKey(x), Number.isFinite(x) ? Number(x.toFixed(9)) : x)).toBe(true);
    expect(floatSortKey(null)).toBeNull();
  });

  // A quarter of quotients fall 0.37 or more from an integer at 9 decimals, the ones the exact-error check settles.
  it('should equal Number(x.toFixed(9)) on every quotient a / b of small integers, those far from an integer too', () => {
    let far = 0;
    const wrong: number[] = [];
    for (let b = 1; b <= 120; b++) {
      for (let a = -2400; a <= 2400; a++) {
        const x = a / (2 * b);
        const y = x * 1e9;
        if (Math.abs(y - Math.round(y)) >= 0.37) far++;
        if (!Object.is(floatSortKey(x), Number(x.toFixed(9))) && wrong.length < 5) wrong.push(x);
      }
    }
    expect(wrong).toEqual([]);
    expect(far).toBeGreaterThan(50_000);
  });
});
