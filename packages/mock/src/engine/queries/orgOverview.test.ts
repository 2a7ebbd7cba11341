import { createClient } from '@learnlens/data-client';
import { describe, expect, it } from 'vitest';
import { createMockAdapter } from '../../createMockAdapter.js';
import { createMockDataset } from '../../dataset/createMockDataset.js';
import type { Attempt } from '@learnlens/data-client';
import { tableRows } from '../../dataset/toRows.js';
import { TINY_NOW, tinyDataset, tinyViewers as v } from '../../test-fixtures/tinyDataset.js';

const client = createClient({ adapter: createMockAdapter({ dataset: tinyDataset() }) });
const now = TINY_NOW; // 2026-03-20T12:00Z

describe('orgOverview', () => {
  it('should count ended attempts of the whole org, with 7/30-day windows back from now', async () => {
    const result = await client.query('orgOverview', { now }, { viewer: v.adminA });
    // Org A has 20 attempts; a03, a16 and a19 never ended, leaving 17 from ana, ben, cai, dev, eva.
    // Scored among them: 60+70+84+70+90+75+80+70+80+85+90+95+77 = 1026 over 13 (a16's 60 is not ended).
    // ended >= 03-13T12:00Z: a10 a11 a12 a13 a14 a15 a17 a20; [03-06T12:00Z, 03-13T12:00Z): a05..a09.
    // ended >= 02-18T12:00Z: a04..a15, a17, a20 = 14; [01-19T12:00Z, 02-18T12:00Z): a01 a02 a18.
    expect(result).toEqual({
      activeUsers: 5,
      totalAttempts: 17,
      avgScore: 1026 / 13,
      lastActivity: '2026-03-20T08:01:00.000Z',
      attemptsLast7Days: 8,
      attemptsLast30Days: 14,
      attemptsPrevious7Days: 5,
      attemptsPrevious30Days: 3,
    });
  });

  it('should take [from, to) as local days of the time zone', async () => {
    // Berlin's Mar 16–22 starts at 03-15T23:00Z and so holds cai's a10 (23:30Z); UTC's does not.
    const berlin = await client.query(
      'orgOverview',
      { now, from: '2026-03-16', to: '2026-03-23', timezone: 'Europe/Berlin' },
      { viewer: v.adminA },
    );
    expect(berlin).toMatchObject({ activeUsers: 4, totalAttempts: 8, avgScore: (70 + 80 + 85 + 90 + 95) / 5 });
    const utc = await client.query('orgOverview', { now, from: '2026-03-16', to: '2026-03-23' }, { viewer: v.adminA });
    expect(utc).toMatchObject({ activeUsers: 3, totalAttempts: 7, avgScore: (80 + 85 + 90 + 95) / 4 });
  });

  it('should count the windows in calendar days of the time zone across a DST change', async () => {
    // Berlin springs forward on 03-29, so 14 days before 04-01 14:00 CEST is 03-18 14:00 CET = 13:00Z, an hour
    // later than 14 × 24 h: a15 (ended 12:03Z) and a14 (12:05Z) fall out of the previous week; a17 stays.
    const later = '2026-04-01T12:00:00Z';
    const utc = await client.query('orgOverview', { now: later }, { viewer: v.adminA });
    expect(utc).toMatchObject({ attemptsLast7Days: 0, attemptsPrevious7Days: 3 });
    const berlin = await client.query('orgOverview', { now: later, timezone: 'Europe/Berlin' }, { viewer: v.adminA });
    expect(berlin).toMatchObject({ attemptsLast7Days: 0, attemptsPrevious7Days: 1 });
  });

  it('should count only the learners a manager manages', async () => {
    const result = await client.query('orgOverview', { now }, { viewer: v.managerA2 });
    // dev: a08 a15 a17 (a03 never ended); eva: a04 a09 (a16, a19 never ended). Scored: 84, 80, 95.
    expect(result).toEqual({
      activeUsers: 2,
      totalAttempts: 5,
      avgScore: (84 + 80 + 95) / 3,
      lastActivity: '2026-03-20T08:01:00.000Z',
      attemptsLast7Days: 2,
      attemptsLast30Days: 5,
      attemptsPrevious7Days: 2,
      attemptsPrevious30Days: 0,
    });
  });

  it('should count only a learner’s own attempts', async () => {
    const result = await client.query('orgOverview', { now }, { viewer: v.learnerAna });
    // ana: a01 60, a05 70, a11 80, a14 90, a18 77, all ended.
    expect(result).toEqual({
      activeUsers: 1,
      totalAttempts: 5,
      avgScore: 377 / 5,
      lastActivity: '2026-03-18T12:05:00.000Z',
      attemptsLast7Days: 2,
      attemptsLast30Days: 3,
      attemptsPrevious7Days: 1,
      attemptsPrevious30Days: 2,
    });
  });

  it('should answer zeros and nulls when nothing matches', async () => {
    // act-a4's only attempt (a19) never ended.
    const result = await client.query('orgOverview', { now, activityIds: ['act-a4'] }, { viewer: v.adminA });
    expect(result).toEqual({
      activeUsers: 0,
      totalAttempts: 0,
      avgScore: null,
      lastActivity: null,
      attemptsLast7Days: 0,
      attemptsLast30Days: 0,
      attemptsPrevious7Days: 0,
      attemptsPrevious30Days: 0,
    });
  });
});

describe("orgOverview for a learner (their own rows through the per-user index)", () => {
  const dataset = createMockDataset({ endDate: '2026-11-01', seed: 19, orgs: 2, learnersPerOrg: 40, days: 120 });
  const attempts = [...tableRows(dataset, 'attempts')] as Attempt[];
  const big = createClient({ adapter: createMockAdapter({ dataset }) });
  const at = `${dataset.meta.endDate}T09:30:00.000Z`;
  const day = 86_400_000;

  it("should equal a plain count over the learner's attempts, for every learner of an org", async () => {
    const org = dataset.orgs[1]!.org_id;
    const learners = dataset.users.filter((u) => u.org_id === org && u.role === 'learner');
    expect(learners.length).toBe(40);
    for (const learner of learners) {
      const mine = attempts.filter((a) => a.user_id === learner.user_id && a.ended_at !== null);
      const ended = mine.map((a) => Date.parse(a.ended_at!));
      const scores = mine.flatMap((a) => (a.score === null ? [] : [a.score]));
      const nowMs = Date.parse(at);
      const within = (from: number, to: number) => ended.filter((t) => t >= nowMs - from * day && t < (to === 0 ? Infinity : nowMs - to * day)).length;
      const viewer = { userId: learner.user_id, role: 'learner' as const, orgId: org };
      const answer = await big.query('orgOverview', { now: at }, { viewer });
      expect(answer).toEqual({
        activeUsers: mine.length > 0 ? 1 : 0,
        totalAttempts: mine.length,
        avgScore: scores.length > 0 ? expect.closeTo(scores.reduce((s, x) => s + x, 0) / scores.length, 9) : null,
        lastActivity: mine.length > 0 ? new Date(Math.max(...ended)).toISOString() : null,
        attemptsLast7Days: within(7, 0),
        attemptsLast30Days: within(30, 0),
        attemptsPrevious7Days: within(14, 7),
        attemptsPrevious30Days: within(60, 30),
      });
    }
  });
});

describe("orgOverview for the whole org over its whole history (totals built once per dataset)", () => {
  const dataset = createMockDataset({ endDate: '2026-11-01', seed: 23, orgs: 2, learnersPerOrg: 60, days: 150 });
  const attempts = [...tableRows(dataset, 'attempts')] as Attempt[];
  const big = createClient({ adapter: createMockAdapter({ dataset }) });

  it('should equal the slice scan (every activity named) and a plain count, at several nows and zones', async () => {
    for (const org of dataset.orgs) {
      const admin = dataset.users.find((u) => u.org_id === org.org_id && u.role === 'admin')!;
      const viewer = { userId: admin.user_id, role: 'admin' as const, orgId: org.org_id };
      const everyActivity = dataset.activities.filter((x) => x.org_id === org.org_id).map((x) => x.activity_id);
      const ended = attempts.filter((x) => x.org_id === org.org_id && x.ended_at !== null);
      for (const [now, timezone] of [
        [`${dataset.meta.endDate}T09:30:00.000Z`, 'UTC'],
        ['2026-10-05T23:59:59.999Z', 'Europe/Berlin'],
        ['2026-08-01T00:00:00.000Z', 'America/New_York'],
        ['2027-06-01T00:00:00.000Z', 'UTC'],
      ] as const) {
        const fast = await big.query('orgOverview', { now, timezone }, { viewer });
        // Naming every activity of the org selects the same rows but takes the slice scan.
        const scanned = await big.query('orgOverview', { now, timezone, activityIds: everyActivity }, { viewer });
        expect(fast).toEqual(scanned);
        expect(fast.totalAttempts).toBe(ended.length);
        expect(fast.activeUsers).toBe(new Set(ended.map((x) => x.user_id)).size);
        expect(fast.attemptsLast7Days + fast.attemptsPrevious7Days).toBeLessThanOrEqual(fast.totalAttempts);
      }
    }
  });
});
