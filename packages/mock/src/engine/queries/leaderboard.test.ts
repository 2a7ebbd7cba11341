import { createClient } from '@learnlens/data-client';
import { describe, expect, it } from 'vitest';
import { createMockAdapter } from '../../createMockAdapter.js';
import { createMockDataset } from '../../dataset/createMockDataset.js';
import { datasetFromRows } from '../../dataset/fromRows.js';
import { tableRows } from '../../dataset/toRows.js';
import { TINY_NOW, tinyDataset, tinyViewers as v } from '../../test-fixtures/tinyDataset.js';

const client = createClient({ adapter: createMockAdapter({ dataset: tinyDataset() }) });
const now = TINY_NOW; // Friday 2026-03-20
const berlinWeek = { now, period: 'week', timezone: 'Europe/Berlin' } as const;
const brief = (rows: { userId: string; rank: number; previousRank: number | null }[]) =>
  rows.map(({ userId, rank, previousRank }) => [userId, rank, previousRank]);

describe('leaderboard', () => {
  it('should rank the week holding now with SQL rank(): ties share a rank and the next rank skips', async () => {
    const result = await client.query('leaderboard', berlinWeek, { viewer: v.adminA });
    expect(result.period).toEqual({ from: '2026-03-16', to: '2026-03-23', previousFrom: '2026-03-09', previousTo: '2026-03-16' });
    expect(result.total).toBe(5);
    // Scored attempts only: ben's a13 and dev's a17 are unscored. eva's a16 counts though it never ended.
    // Previous week: ben 90, eva 80, cai 75, ana 70 (dev's a08 is unscored, so dev is unranked there).
    expect(result.rows).toEqual([
      { rank: 1, userId: 'dev', displayName: 'Dev Das', avgScore: 95, attempts: 1, totalDurationSeconds: 200, avgTalkPercentage: 60, previousRank: null },
      // a11: 30 000 / 100 000 = 30 %, a14: 50 %; durations 600 + 300.
      { rank: 2, userId: 'ana', displayName: 'Ana Alvarez', avgScore: 85, attempts: 2, totalDurationSeconds: 900, avgTalkPercentage: 40, previousRank: 4 },
      // a12 has no duration (sum of none = 0) and no talk_ms.
      { rank: 2, userId: 'ben', displayName: 'Ben Brooks', avgScore: 85, attempts: 1, totalDurationSeconds: 0, avgTalkPercentage: null, previousRank: 1 },
      // a10 has talk 0 + listen 0, which is left out of the talk average.
      { rank: 4, userId: 'cai', displayName: 'Cai Chen', avgScore: 70, attempts: 1, totalDurationSeconds: 400, avgTalkPercentage: null, previousRank: 3 },
      { rank: 5, userId: 'eva', displayName: 'Eva Eriksen', avgScore: 60, attempts: 1, totalDurationSeconds: 500, avgTalkPercentage: null, previousRank: 2 },
    ]);
  });

  it('should count weeks in the requested time zone', async () => {
    // In UTC cai's a10 (Sun 03-15 23:30Z) is last week: cai averages (75 + 70) / 2 there and is unranked now.
    const result = await client.query('leaderboard', { now, period: 'week' }, { viewer: v.adminA });
    expect(result.total).toBe(4);
    expect(brief(result.rows)).toEqual([
      ['dev', 1, null],
      ['ana', 2, 4],
      ['ben', 2, 1],
      ['eva', 4, 2],
    ]);
  });

  it('should rank a manager’s team among itself, in this and the previous period', async () => {
    const result = await client.query('leaderboard', berlinWeek, { viewer: v.managerA1 });
    // Team North: ana 85, ben 85, cai 70; previously ben 90, cai 75, ana 70.
    expect(brief(result.rows)).toEqual([
      ['ana', 1, 3],
      ['ben', 1, 1],
      ['cai', 3, 2],
    ]);
  });

  it('should rank the calendar month and compare with the month before', async () => {
    const result = await client.query('leaderboard', { now, period: 'month', timezone: 'Europe/Berlin' }, { viewer: v.adminA });
    expect(result.period).toEqual({ from: '2026-03-01', to: '2026-04-01', previousFrom: '2026-02-01', previousTo: '2026-03-01' });
    // March in Berlin: dev 95; ben (90 + 85) / 2; ana (70 + 80 + 90) / 3; eva (84 + 80 + 60) / 3 — a04 is
    // Mar 1 00:30 local; cai (75 + 70) / 2. February: ben 70, ana (60 + 77) / 2, eva 66.
    expect(result.rows.map((r) => [r.userId, r.rank, r.avgScore, r.previousRank])).toEqual([
      ['dev', 1, 95, null],
      ['ben', 2, 87.5, 1],
      ['ana', 3, 80, 2],
      ['eva', 4, 224 / 3, 3],
      ['cai', 5, 72.5, null],
    ]);
  });

  it('should compare a range with the range of the same length right before it', async () => {
    const result = await client.query(
      'leaderboard',
      { now, period: 'range', from: '2026-03-09', to: '2026-03-16', timezone: 'Europe/Berlin' },
      { viewer: v.adminA },
    );
    expect(result.period).toEqual({ from: '2026-03-09', to: '2026-03-16', previousFrom: '2026-03-02', previousTo: '2026-03-09' });
    expect(brief(result.rows)).toEqual([
      ['ben', 1, null],
      ['eva', 2, null],
      ['cai', 3, null],
      ['ana', 4, null],
    ]);
  });

  it('should sort and page after ranking, with total counting every ranked learner', async () => {
    const byDuration = await client.query(
      'leaderboard',
      { ...berlinWeek, sort: '-totalDurationSeconds', limit: 2, offset: 1 },
      { viewer: v.adminA },
    );
    // Durations: ana 900, eva 500, cai 400, dev 200, ben 0.
    expect(byDuration.total).toBe(5);
    expect(byDuration.rows.map((r) => [r.userId, r.rank])).toEqual([
      ['eva', 5],
      ['cai', 4],
    ]);
    const byTalk = await client.query('leaderboard', { ...berlinWeek, sort: 'avgTalkPercentage' }, { viewer: v.adminA });
    // Missing talk percentages last; ties by userId.
    expect(byTalk.rows.map((r) => r.userId)).toEqual(['ana', 'dev', 'ben', 'cai', 'eva']);
    const byTalkDesc = await client.query('leaderboard', { ...berlinWeek, sort: '-avgTalkPercentage' }, { viewer: v.adminA });
    expect(byTalkDesc.rows.map((r) => r.userId)).toEqual(['dev', 'ana', 'ben', 'cai', 'eva']);
    const byAttempts = await client.query('leaderboard', { ...berlinWeek, sort: '-attempts' }, { viewer: v.adminA });
    // ana has 2; the four with one attempt tie and follow by userId, not by rank.
    expect(byAttempts.rows.map((r) => r.userId)).toEqual(['ana', 'ben', 'cai', 'dev', 'eva']);
    const reversed = await client.query('leaderboard', { ...berlinWeek, sort: '-rank' }, { viewer: v.adminA });
    expect(reversed.rows.map((r) => r.userId)).toEqual(['eva', 'cai', 'ana', 'ben', 'dev']);
    const byName = await client.query('leaderboard', { ...berlinWeek, sort: '-displayName', limit: 1 }, { viewer: v.adminA });
    expect(byName.rows.map((r) => r.userId)).toEqual(['eva']);
  });

  it('should show a learner their teammates, pseudonymised by the client', async () => {
    // A team of three: shown only where the host lowers the small-group threshold to 3 (the default 5 suppresses it).
    const small = createClient({ adapter: createMockAdapter({ dataset: tinyDataset() }), privacy: { smallGroupThreshold: 3 } });
    const result = await small.query('leaderboard', berlinWeek, { viewer: v.learnerAna });
    expect(result.rows.map((r) => r.rank)).toEqual([1, 1, 3]);
    const self = result.rows.find((r) => r.userId === 'ana');
    expect(self).toMatchObject({ displayName: 'Ana Alvarez', avgScore: 85, previousRank: 3 });
    const peers = result.rows.filter((r) => r.userId !== 'ana');
    expect(peers.every((r) => r.userId.startsWith('peer-') && !r.displayName.includes('Brooks'))).toBe(true);
    expect(await client.query('leaderboard', berlinWeek, { viewer: v.learnerAna })).toMatchObject({ suppressed: true, rows: [] });
  });

  describe('paging a bigger org under every sort', () => {
    const dataset = createMockDataset({ endDate: '2026-11-01', seed: 5, learnersPerOrg: 90, days: 60 });
    const big = createClient({ adapter: createMockAdapter({ dataset }) });
    const org = dataset.orgs[0]!.org_id;
    const admin = { userId: dataset.users.find((u) => u.org_id === org && u.role === 'admin')!.user_id, role: 'admin', orgId: org } as const;
    const bigNow = `${dataset.meta.endDate}T00:00:00.000Z`;
    type Sort = 'rank' | 'avgScore' | 'attempts' | 'totalDurationSeconds' | 'avgTalkPercentage' | 'displayName';
    const fields: Sort[] = ['rank', 'avgScore', 'attempts', 'totalDurationSeconds', 'avgTalkPercentage', 'displayName'];
    const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

    it.each(fields.flatMap((f) => [f, `-${f}`]))('should give the page a full sort would give, sorted by %s', async (sort) => {
      const params = { now: bigNow, period: 'range', from: '2026-09-15', to: dataset.meta.endDate } as const;
      const all = await big.query('leaderboard', { ...params, sort: 'rank' }, { viewer: admin });
      expect(all.total).toBeGreaterThan(40);
      const field = sort.replace('-', '') as Sort;
      const desc = sort.startsWith('-');
      const expected = [...all.rows].sort((x, y) => {
        let c: number;
        if (field === 'displayName') c = byText(x.displayName, y.displayName) * (desc ? -1 : 1);
        else if (field === 'avgTalkPercentage') {
          const [a, b] = [x.avgTalkPercentage, y.avgTalkPercentage];
          c = a === null || b === null ? (a === b ? 0 : a === null ? 1 : -1) : desc ? b - a : a - b;
        } else c = desc ? y[field] - x[field] : x[field] - y[field];
        return c || byText(x.userId, y.userId);
      });
      const page = await big.query('leaderboard', { ...params, sort: sort as never, offset: 11, limit: 13 }, { viewer: admin });
      expect(page.total).toBe(all.total);
      expect(page.rows).toEqual(expected.slice(11, 24));
    });
  });

  it('should answer as a fresh engine after other queries on the same dataset (its per-dataset sums are reused)', async () => {
    // Each org's month, then a manager's team, then the first org again: sums a query leaves behind must not leak in.
    const dataset = createMockDataset({ endDate: '2026-11-01', seed: 7, learnersPerOrg: 40, days: 60 });
    const shared = createClient({ adapter: createMockAdapter({ dataset }) });
    const params = { now: '2026-10-31T12:00:00.000Z', period: 'month' } as const;
    const admins = dataset.orgs.map((o) => {
      const u = dataset.users.find((x) => x.org_id === o.org_id && x.role === 'admin')!;
      return { userId: u.user_id, role: 'admin', orgId: o.org_id } as const;
    });
    const team = dataset.teams[0]!;
    const manager = { userId: team.manager_id, role: 'manager', orgId: team.org_id } as const;
    const viewers = [...admins, manager];
    // Each viewer's answer from a dataset of its own that answered nothing before.
    const expected = viewers.map((viewer) => {
      const fresh = createClient({ adapter: createMockAdapter({ dataset: createMockDataset({ endDate: '2026-11-01', seed: 7, learnersPerOrg: 40, days: 60 }) }) });
      return fresh.query('leaderboard', params, { viewer });
    });
    for (const q of [0, 1, 2, 3, 0, 3].filter((i) => i < viewers.length)) {
      const answer = await shared.query('leaderboard', params, { viewer: viewers[q]! });
      expect(answer.total).toBeGreaterThan(0);
      expect(answer).toEqual(await expected[q]);
    }
  });

  it("should break ties by user id when a ranked user is not one of the org's users (rows built by hand)", async () => {
    // fay belongs to org B; a row of org A's attempts naming her still ranks her there (the engine then cannot walk
    // the org's users in id order and compares id places instead). Her 85 ties ana's and ben's.
    const tiny = tinyDataset();
    const rows = Object.fromEntries(
      (['orgs', 'teams', 'users', 'activities', 'attempts'] as const).map((t) => [t, [...tableRows(tiny, t)]]),
    ) as unknown as Parameters<typeof datasetFromRows>[0];
    const fay = { ...(rows.attempts[0] as object), attempt_id: 'x1', org_id: 'org-a', user_id: 'fay', activity_id: 'act-a1', score: 85 };
    rows.attempts.push({ ...fay, duration_seconds: 60, started_at: '2026-03-17T08:00:00.000Z', ended_at: null } as never);
    const odd = createClient({ adapter: createMockAdapter({ dataset: datasetFromRows(rows) }) });
    const result = await odd.query('leaderboard', berlinWeek, { viewer: v.adminA });
    expect(result.rows.slice(0, 4).map((r) => [r.userId, r.rank])).toEqual([['dev', 1], ['ana', 2], ['ben', 2], ['fay', 2]]);
    const desc = await odd.query('leaderboard', { ...berlinWeek, sort: '-rank' }, { viewer: v.adminA });
    expect(desc.rows.slice(-4).map((r) => [r.userId, r.rank])).toEqual([['ana', 2], ['ben', 2], ['fay', 2], ['dev', 1]]);
  });
});
