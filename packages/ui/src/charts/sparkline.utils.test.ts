import { describe, expect, it } from 'vitest';
import { sparklinePaths } from './sparkline.utils.js';

describe('sparklinePaths', () => {
  it('should draw the highest value at the top and the lowest at the bottom', () => {
    const { segments } = sparklinePaths([0, 1], 20, 10);
    expect(segments).toEqual(['2,8 18,2']);
  });

  it('should break the line at a gap and show a lone value as a dot', () => {
    const { segments, dots } = sparklinePaths([1, 2, null, 3], 32, 12, [0, 4]);
    expect(segments).toHaveLength(1);
    expect(dots).toEqual([[30, 4]]);
  });

  it('should keep values outside a fixed range inside the box', () => {
    const { segments } = sparklinePaths([-1, 2], 10, 10, [0, 1]);
    expect(segments[0]).toBe('2,8 8,2');
  });

  it('should draw nothing without values', () => {
    expect(sparklinePaths([null, null], 10, 10)).toEqual({ segments: [], dots: [] });
  });
});
