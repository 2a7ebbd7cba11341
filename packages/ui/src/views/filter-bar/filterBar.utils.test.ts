import { describe, expect, it } from 'vitest';
import type { ViewFilters } from './filterBar.types.js';
import { dueWindow, effectiveRange, fromAttemptFilters, paramsFor, presetOf, presetRange, withRange } from './filterBar.utils.js';

const base: ViewFilters = { from: '2026-10-02', to: '2026-11-01', teamId: null, activityId: null, day: null };

describe('filter bar utils', () => {
  it('should count presets in whole days up to and including today', () => {
    expect(presetRange('last7Days', '2026-10-31')).toEqual({ from: '2026-10-25', to: '2026-11-01' });
    expect(presetRange('last90Days', '2026-10-31')).toEqual({ from: '2026-08-03', to: '2026-11-01' });
    expect(presetRange('monthToDate', '2026-10-31')).toEqual({ from: '2026-10-01', to: '2026-11-01' });
    expect(presetOf({ from: '2026-10-25', to: '2026-11-01' }, '2026-10-31', ['last7Days', 'last30Days'])).toBe('last7Days');
    expect(presetOf({ from: '2026-10-24', to: '2026-11-01' }, '2026-10-31', ['last7Days', 'last30Days'])).toBeNull();
  });

  it('should narrow the range to the heatmap day', () => {
    expect(effectiveRange({ ...base, day: '2026-10-12' })).toEqual({ from: '2026-10-12', to: '2026-10-13' });
    expect(effectiveRange(base)).toEqual({ from: '2026-10-02', to: '2026-11-01' });
  });

  it('should turn only the filters that are set into parameters', () => {
    expect(paramsFor(base, base, { timezone: 'UTC', now: undefined })).toEqual({ from: '2026-10-02', to: '2026-11-01', timezone: 'UTC' });
    const set = { ...base, teamId: 't-1', activityId: 'a-1' };
    expect(paramsFor(set, set, { timezone: 'UTC', now: '2026-10-31T12:00:00.000Z' })).toMatchObject({
      teamId: 't-1',
      activityIds: ['a-1'],
      now: '2026-10-31T12:00:00.000Z',
    });
    expect(paramsFor(set, set, { timezone: 'UTC', now: undefined, ignoreTeam: true })).not.toHaveProperty('teamId');
  });

  it('should leave assignments open-ended when the range reaches today, and bound them when it does not', () => {
    expect(dueWindow(base, '2026-10-31')).toEqual({ from: '2026-10-02' });
    expect(dueWindow({ ...base, to: '2026-10-15' }, '2026-10-31')).toEqual({ from: '2026-10-02', to: '2026-10-15' });
    expect(dueWindow({ ...base, day: '2026-10-12' }, '2026-10-31')).toEqual({ from: '2026-10-12', to: '2026-10-13' });
  });

  it('should drop the day when the range changes, starting from the day the inputs show', () => {
    expect(withRange({ ...base, day: '2026-10-12' }, { from: '2026-10-05' })).toEqual({ ...base, from: '2026-10-05', to: '2026-10-13' });
    expect(withRange(base, { lastDay: '2026-10-10' })).toMatchObject({ from: '2026-10-02', to: '2026-10-11' });
  });

  it('should refuse a From after To (null) rather than turn the range around', () => {
    expect(withRange(base, { from: '2026-11-03' })).toBeNull();
    expect(withRange(base, { lastDay: '2026-10-01' })).toBeNull();
    expect(withRange(base, { lastDay: '2026-10-02' })).toMatchObject({ from: '2026-10-02', to: '2026-10-03' });
  });

  it("should keep the day when a widget's own filters change only the activity", () => {
    const dayed = { ...base, day: '2026-10-12' };
    expect(fromAttemptFilters(dayed, { from: '2026-10-12', to: '2026-10-13', activityId: 'a-1' })).toEqual({ ...dayed, activityId: 'a-1' });
    expect(fromAttemptFilters(dayed, { from: '2026-10-10', to: '2026-10-13', activityId: null })).toEqual({
      ...base,
      from: '2026-10-10',
      to: '2026-10-13',
    });
  });
});
