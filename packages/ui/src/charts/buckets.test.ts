import { describe, expect, it } from 'vitest';
import { bucketCount, chooseBucket, clampRange, mergeBuckets, pointBudget, todayIn } from './buckets.js';

describe('buckets', () => {
  it('should count the buckets a range touches, partial ones included', () => {
    expect(bucketCount('2026-05-01', '2026-06-01', 'day')).toBe(31);
    // 2026-05-01 is a Friday: the weeks of Apr 27 … May 25.
    expect(bucketCount('2026-05-01', '2026-06-01', 'week')).toBe(5);
    expect(bucketCount('2026-01-15', '2026-03-02', 'month')).toBe(3);
  });

  it('should choose the finest bucket whose points fit the width', () => {
    expect(chooseBucket('2026-05-01', '2026-06-01', 800)).toBe('day');
    expect(chooseBucket('2026-01-01', '2026-07-01', 800)).toBe('week');
    expect(chooseBucket('2024-01-01', '2026-07-01', 600)).toBe('month');
    expect(chooseBucket('2026-05-01', '2026-06-01', 120)).toBe('week');
  });

  it('should never let a point have less than the minimum width', () => {
    for (const width of [40, 90, 300, 1000]) {
      const bucket = chooseBucket('2025-01-01', '2026-01-01', width);
      const count = bucketCount('2025-01-01', '2026-01-01', bucket);
      if (bucket !== 'month') expect(count).toBeLessThanOrEqual(pointBudget(width));
    }
  });

  it('should merge runs of items down to the budget and leave fitting input as it is', () => {
    const items = [1, 2, 3, 4, 5, 6, 7];
    expect(mergeBuckets(items, 10, (run) => run[0]!)).toBe(items);
    expect(mergeBuckets(items, 3, (run) => run.reduce((a, b) => a + b, 0))).toEqual([6, 15, 7]);
  });

  it('should cut a range at its start to the last buckets that fit', () => {
    expect(clampRange('2020-01-01', '2026-01-01', 'month', 12)).toEqual({ from: '2025-01-01', to: '2026-01-01' });
    expect(clampRange('2025-06-01', '2026-01-01', 'month', 12)).toEqual({ from: '2025-06-01', to: '2026-01-01' });
  });

  it("should take today's date in the given time zone", () => {
    const instant = Date.parse('2026-05-04T23:30:00Z');
    expect(todayIn('UTC', instant)).toBe('2026-05-04');
    expect(todayIn('Asia/Tokyo', instant)).toBe('2026-05-05');
  });
});
