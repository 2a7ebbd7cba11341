import { describe, expect, it } from 'vitest';
import { inferScoreScale, scoreAxisRange } from './scoreScale.js';

describe('score axis', () => {
  it('should never reach past 100 on a percent scale (it showed 20–120)', () => {
    expect(scoreAxisRange('percent', [35, 72.4, 99.2])).toEqual([30, 100]);
    expect(scoreAxisRange('percent', [100, 100])).toEqual([90, 100]);
  });

  it('should keep IELTS bands within 0–9 and accuracy within 0–1', () => {
    expect(scoreAxisRange('band', [5.5, 7.25])).toEqual([5.4, 8.1]);
    expect(scoreAxisRange('binary', [0.05, 0.97])).toEqual([0, 1]);
  });

  it('should read the scale from the values when the host gives none', () => {
    expect(inferScoreScale([0.4, 0.9])).toBe('binary');
    expect(inferScoreScale([6.5, null])).toBe('band');
    expect(inferScoreScale([61, 88])).toBe('percent');
  });
});
