import { createClient, type QueryName, type QueryParamsInput, type Viewer } from '@learnlens/data-client';
import { describe, expect, it } from 'vitest';
import { createMockAdapter } from '../../createMockAdapter.js';
import { EVENTS_NOW, eventsDataset } from '../../test-fixtures/eventsDataset.js';

// Seed 001's dashboard queries on the worked example of test-fixtures/eventsDataset.ts; every number is computed by hand
// in the comments. The other backends are held to the same answers by the conformance suite.

const client = createClient({ adapter: createMockAdapter({ dataset: eventsDataset() }) });
const admin: Viewer = { userId: 'a', role: 'admin', orgId: 'o' };
const manager: Viewer = { userId: 'm', role: 'manager', orgId: 'o' };
const learner2: Viewer = { userId: 'l2', role: 'learner', orgId: 'o' };
const ask = <N extends QueryName>(name: N, params: QueryParamsInput<N>, viewer = admin) => client.query(name, { now: EVENTS_NOW, ...params }, { viewer });

describe('engagement', () => {
  it('should count daily, weekly and monthly active learners over trailing windows, with the day\'s events and sessions', async () => {
    const { days } = await ask('engagement', { from: '2026-03-02', to: '2026-03-12' });
    // Active days: l1 on 03-02 and 03-10, l2 on 03-02 (23:52) and 03-03. 03-02 to 03-11 all lie in someone's month.
    expect(days.map((d) => d.day)).toEqual(['02', '03', '04', '05', '06', '07', '08', '09', '10', '11'].map((d) => `2026-03-${d}`));
    const day = (d: string) => days.find((x) => x.day === `2026-03-${d}`)!;
    // e1–e5; s1 (600 s) and s2 (1200 s) started that day.
    expect(day('02')).toEqual({ day: '2026-03-02', dau: 2, wau: 2, mau: 2, stickiness: 1, events: 5, sessions: 2, hoursSpent: 0.5 });
    // e6, e7 of s2, which started the day before.
    expect(day('03')).toEqual({ day: '2026-03-03', dau: 1, wau: 2, mau: 2, stickiness: 0.5, events: 2, sessions: 0, hoursSpent: 0 });
    // 03-08 is the last day whose week holds 03-02; 03-09 the last whose week holds l2's 03-03.
    expect([day('08').wau, day('09').wau, day('10').wau]).toEqual([2, 1, 1]);
    expect(day('10')).toMatchObject({ dau: 1, mau: 2, events: 2, sessions: 1, hoursSpent: 30 / 3600 });
  });

  it('should count learners active before `from` in the windows, and stop at the day of `now`', async () => {
    const { days } = await ask('engagement', { from: '2026-03-09', now: '2026-03-10T12:00:00.000Z' });
    expect(days.map((d) => [d.day, d.dau, d.wau, d.mau])).toEqual([
      ['2026-03-09', 0, 1, 2],
      ['2026-03-10', 1, 1, 2],
    ]);
  });

  it("should show a learner only their own activity, never a peer's", async () => {
    const { days } = await ask('engagement', { from: '2026-03-02', to: '2026-03-04' }, learner2);
    expect(days).toEqual([
      { day: '2026-03-02', dau: 1, wau: 1, mau: 1, stickiness: 1, events: 1, sessions: 1, hoursSpent: 1200 / 3600 },
      { day: '2026-03-03', dau: 1, wau: 1, mau: 1, stickiness: 1, events: 2, sessions: 0, hoursSpent: 0 },
    ]);
  });
});

describe('contentPerformance', () => {
  it('should give each item its learners, starts, completions, completion rate, assessment score and visit time', async () => {
    const { rows } = await ask('contentPerformance', {});
    expect(rows).toEqual([
      // One visit of l1 in s1: 10:01 → 10:06. A lesson score is not an assessment score.
      { contentId: 'act_l', learners: 1, starts: 1, completions: 1, completionRate: 1, avgAssessmentScore: null, avgTimeSeconds: 300 },
      // Starts e5, e7, e8; completions e6, e9; the score "70" is text, so only 90 counts. Visits: l2 in s2 23:52 → 00:06
      // (840 s), l1 in s3 (30 s).
      { contentId: 'act_q', learners: 2, starts: 3, completions: 2, completionRate: 1, avgAssessmentScore: 90, avgTimeSeconds: 435 },
    ]);
  });

  it('should read only the events in range, cutting a visit at `from`', async () => {
    const { rows } = await ask('contentPerformance', { from: '2026-03-03' });
    // e6–e9: l2's visit is now 00:05 → 00:06 (60 s); e7 is a start whose learner completed in range.
    expect(rows).toEqual([{ contentId: 'act_q', learners: 2, starts: 2, completions: 2, completionRate: 1, avgAssessmentScore: 90, avgTimeSeconds: 45 }]);
  });

  it('should count only the learners a manager manages', async () => {
    const { rows } = await ask('contentPerformance', { userIds: ['l2'] }, manager);
    expect(rows).toEqual([{ contentId: 'act_q', learners: 1, starts: 2, completions: 1, completionRate: 1, avgAssessmentScore: 90, avgTimeSeconds: 840 }]);
  });
});

describe('sessionQuality', () => {
  it("should describe each day's sessions: durations, events, seed 001 completion rate and errors", async () => {
    const { days } = await ask('sessionQuality', {});
    expect(days).toEqual([
      {
        day: '2026-03-02',
        sessions: 2,
        avgDurationSeconds: 900,
        medianDurationSeconds: 900,
        // 600 s is in 5–15 min, 1200 s in 15–30 min.
        durationBuckets: [0, 0, 1, 1, 0, 0],
        avgEventsPerSession: 3.5,
        // s1: 1 lesson of 1 → 1; s2 (all its events, after midnight too): 1 assessment completed of 2 started → 0.5.
        completionRate: 0.75,
        // s1 had an error.
        errorShare: 0.5,
      },
      { day: '2026-03-10', sessions: 1, avgDurationSeconds: 30, medianDurationSeconds: 30, durationBuckets: [1, 0, 0, 0, 0, 0], avgEventsPerSession: 2, completionRate: 1, errorShare: 0 },
    ]);
  });

  it('should keep only the sessions with an event on the selected items', async () => {
    const { days } = await ask('sessionQuality', { activityIds: ['act_l'] });
    expect(days.map((d) => [d.day, d.sessions, d.completionRate, d.errorShare])).toEqual([['2026-03-02', 1, 1, 1]]);
  });
});

describe('masteryProgression', () => {
  it('should count per learner and week the items whose mastery rose to the threshold', async () => {
    const result = await ask('masteryProgression', {});
    expect(result).toEqual({
      bucket: 'week',
      threshold: 0.8,
      // l1: act_l 0.5 → 0.85 and act_q 0.7 → 0.82; l2: act_q 0.79 → 0.8 (reaching it counts). Falling (l2 act_l) and
      // staying above (l1 act_q 0.82 → 0.9) do not.
      rows: [
        { learnerId: 'l1', bucketStart: '2026-03-02', itemsCrossed: 2 },
        { learnerId: 'l2', bucketStart: '2026-03-02', itemsCrossed: 1 },
      ],
    });
  });

  it('should take the threshold and bucket asked for, and show a learner only themselves', async () => {
    const high = await ask('masteryProgression', { threshold: 0.85, bucket: 'day' });
    expect(high.rows).toEqual([
      { learnerId: 'l1', bucketStart: '2026-03-02', itemsCrossed: 1 },
      { learnerId: 'l1', bucketStart: '2026-03-10', itemsCrossed: 1 },
    ]);
    const own = await ask('masteryProgression', {}, learner2);
    expect(own.rows).toEqual([{ learnerId: 'l2', bucketStart: '2026-03-02', itemsCrossed: 1 }]);
    await expect(ask('masteryProgression', { threshold: 0 })).rejects.toMatchObject({ code: 'INVALID_PARAMS' });
  });
});
