import { catalog, ScopeError, type QueryParamsInput, type Viewer } from '@learnlens/data-client';
import { describe, expect, it } from 'vitest';
import { contextFor, viewers } from '../../test-fixtures/learningDataset.js';
import { personalStats } from './personalStats.js';

function run(viewer: Viewer, input: QueryParamsInput<'personalStats'>) {
  const { ctx, params } = contextFor('personalStats', viewer, input);
  return catalog.personalStats.result.parse(personalStats(ctx, params));
}

const october = { from: '2026-10-05', to: '2026-10-19' };

describe('personalStats', () => {
  it("should give a learner's week, period totals, daily trend and streak", () => {
    expect(run(viewers.admin, { ...october, userId: 'u_ana', bucket: 'day' })).toEqual({
      userId: 'u_ana',
      displayName: 'Name of u_ana',
      // [10-07 12:00, 10-14 12:00] holds A1 (exactly 7 days back) to A5; A6 starts after now.
      attemptsThisWeek: 5,
      avgScoreThisWeek: 80, // 70, 80, 90; A3 and A5 are unscored
      accuracyThisWeek: null,
      totalAttempts: 6,
      avgScore: 75, // 70, 80, 90, 60
      accuracy: null,
      lastAttemptAt: '2026-10-14T13:00:00.000Z',
      currentStreakDays: 3, // 10-12, 10-13, 10-14
      bucket: 'day',
      trend: [
        { bucketStart: '2026-10-07', avgScore: 70, accuracy: null, attempts: 1 },
        { bucketStart: '2026-10-12', avgScore: 80, accuracy: null, attempts: 2 },
        { bucketStart: '2026-10-13', avgScore: 90, accuracy: null, attempts: 1 },
        { bucketStart: '2026-10-14', avgScore: 60, accuracy: null, attempts: 2 },
      ],
    });
  });

  it('should bucket the trend by ISO week by default', () => {
    const result = run(viewers.admin, { ...october, userId: 'u_ana' });
    expect(result.trend).toEqual([
      { bucketStart: '2026-10-05', avgScore: 70, accuracy: null, attempts: 1 },
      { bucketStart: '2026-10-12', avgScore: expect.closeTo((80 + 90 + 60) / 3, 9), accuracy: null, attempts: 5 },
    ]);
  });

  it('should move attempts across a Tokyo midnight into the next local day', () => {
    const result = run(viewers.admin, { ...october, userId: 'u_ana', bucket: 'day', timezone: 'Asia/Tokyo' });
    // A3 at 15:30Z is 00:30 on the 13th in Tokyo; it is unscored, so the 13th still averages 90.
    expect(result.trend).toEqual([
      { bucketStart: '2026-10-07', avgScore: 70, accuracy: null, attempts: 1 },
      { bucketStart: '2026-10-12', avgScore: 80, accuracy: null, attempts: 1 },
      { bucketStart: '2026-10-13', avgScore: 90, accuracy: null, attempts: 2 },
      { bucketStart: '2026-10-14', avgScore: 60, accuracy: null, attempts: 2 },
    ]);
  });

  it('should count a streak in local days, which a midnight can split or join', () => {
    const streak = (userId: string, timezone?: string) =>
      run(viewers.admin, { userId, ...(timezone ? { timezone } : {}) }).currentStreakDays;
    // u_ben starts on 10-12 16:00Z, 10-13 14:00Z and 10-14 02:00Z: three UTC days, but only
    // 10-13, 10-13, 10-14 in Tokyo, and 10-12, 10-13, 10-13 in New York, where "now" is 10-14 08:00.
    expect(streak('u_ben')).toBe(3);
    expect(streak('u_ben', 'Asia/Tokyo')).toBe(2);
    expect(streak('u_ben', 'America/New_York')).toBe(2);
    // u_cy's last attempt was yesterday: the streak still counts.
    expect(streak('u_cy')).toBe(2);
    // u_dee's last attempt was three days ago (UTC), two in Tokyo: no streak either way.
    expect(streak('u_dee')).toBe(0);
    expect(streak('u_dee', 'Asia/Tokyo')).toBe(0);
  });

  it('should not let attempts after now count for this week, nor days after today for the streak', () => {
    const result = run(viewers.admin, { userId: 'u_ana', now: '2026-10-13T23:00:00Z' });
    // [10-06 23:00, 10-13 23:00]: A1 to A4; streak 10-12, 10-13 ending today; A5 on 10-14 is tomorrow.
    expect(result.attemptsThisWeek).toBe(4);
    expect(result.avgScoreThisWeek).toBe(80);
    expect(result.currentStreakDays).toBe(2);
    // The period has no bounds, so A5 and A6 still count there.
    expect(result.totalAttempts).toBe(6);
  });

  it('should count today as a whole calendar day for the streak', () => {
    // At 07:00 on 10-14, A5 (08:00 the same day) is not in "this week" yet, but today has an attempt.
    const result = run(viewers.admin, { userId: 'u_ana', now: '2026-10-14T07:00:00Z' });
    expect(result.attemptsThisWeek).toBe(4); // A1 to A4
    expect(result.currentStreakDays).toBe(3);
  });

  it('should give a null average when no attempt is scored, and apply activityIds', () => {
    const result = run(viewers.admin, { ...october, userId: 'u_ana', activityIds: ['act_lesson'], bucket: 'day' });
    expect(result).toMatchObject({
      attemptsThisWeek: 1,
      avgScoreThisWeek: null,
      accuracyThisWeek: null,
      totalAttempts: 1,
      avgScore: null,
      accuracy: null,
      lastAttemptAt: '2026-10-14T08:00:00.000Z',
      currentStreakDays: 1,
      trend: [{ bucketStart: '2026-10-14', avgScore: null, accuracy: null, attempts: 1 }],
    });
  });

  it('should default to the viewer', () => {
    const result = run(viewers.ana, {});
    expect(result.userId).toBe('u_ana');
    expect(result.totalAttempts).toBe(6);
  });

  it('should refuse a learner outside the viewer\'s scope or org', () => {
    expect(() => run(viewers.managerRed, { userId: 'u_cy' })).toThrow(ScopeError);
    expect(() => run(viewers.admin, { userId: 'u_zed' })).toThrow(ScopeError);
    expect(() => run(viewers.admin, { userId: 'nobody' })).toThrow(ScopeError);
  });

  it('should count nothing when a filter leaves the learner out', () => {
    const result = run(viewers.admin, { userId: 'u_ana', teamId: 'team_blue' });
    expect(result).toMatchObject({ attemptsThisWeek: 0, totalAttempts: 0, currentStreakDays: 0, trend: [] });
  });

  it('should give zeros and nulls for an empty period or org, still matching the result schema', () => {
    const empty = run(viewers.admin, { userId: 'u_ana', from: '2025-01-01', to: '2025-02-01' });
    expect(empty).toMatchObject({ totalAttempts: 0, avgScore: null, lastAttemptAt: null, trend: [] });
    // "This week" and the streak are relative to now, not to the period.
    expect(empty.attemptsThisWeek).toBe(5);
    expect(run(viewers.adminEmpty, {})).toEqual({
      userId: 'admin_e',
      displayName: 'Name of admin_e',
      attemptsThisWeek: 0,
      avgScoreThisWeek: null,
      accuracyThisWeek: null,
      totalAttempts: 0,
      avgScore: null,
      accuracy: null,
      lastAttemptAt: null,
      currentStreakDays: 0,
      bucket: 'week',
      trend: [],
    });
  });
});
