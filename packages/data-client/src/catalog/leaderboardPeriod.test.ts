import { describe, expect, it } from 'vitest';
import { leaderboardPeriod } from './leaderboardPeriod.js';

describe('leaderboardPeriod', () => {
  it('should take the month holding now in the time zone, and the month before', () => {
    // 03:00 UTC on Oct 1 is still September in Los Angeles.
    expect(leaderboardPeriod({ period: 'month', now: '2026-10-01T03:00:00Z', timezone: 'America/Los_Angeles' })).toEqual({
      from: '2026-09-01',
      to: '2026-10-01',
      previousFrom: '2026-08-01',
      previousTo: '2026-09-01',
    });
  });

  it('should take the week from Monday and a range with the same length before it', () => {
    expect(leaderboardPeriod({ period: 'week', now: '2026-11-22T12:00:00Z', timezone: 'UTC' })).toMatchObject({
      from: '2026-11-16',
      to: '2026-11-23',
      previousFrom: '2026-11-09',
    });
    expect(leaderboardPeriod({ period: 'range', from: '2026-10-10', to: '2026-10-20', now: '2026-11-01T00:00:00Z', timezone: 'UTC' })).toEqual({
      from: '2026-10-10',
      to: '2026-10-20',
      previousFrom: '2026-09-30',
      previousTo: '2026-10-10',
    });
  });
});
