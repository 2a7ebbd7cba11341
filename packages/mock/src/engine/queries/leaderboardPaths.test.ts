import { createClient, dayNumberOf, zoneClock, type Attempt, type QueryParams } from '@learnlens/data-client';
import { describe, expect, it } from 'vitest';
import { createMockAdapter } from '../../createMockAdapter.js';
import { createMockDataset } from '../../dataset/createMockDataset.js';
import { tableRows } from '../../dataset/toRows.js';

// The leaderboard sums a period either by scanning the org's rows in time order (few rows per user: a month of a big
// org) or by walking each user's rows (many rows per user, or a query naming its users), with differences of running
// sums where every sum is exact, else row by row. All must give what adding each user's scored rows in table order
// gives, to the last bit, and the same page.
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function setup(options: Parameters<typeof createMockDataset>[0], inexact = false) {
  const dataset = createMockDataset(options);
  // Scores that are no multiples of a power of two (x.1) make the running sums inexact: the walk must add rows.
  if (inexact) for (let i = 0; i < dataset.attempts.length; i++) dataset.attempts.score[i]! += 0.1;
  const client = createClient({ adapter: createMockAdapter({ dataset }) });
  const org = dataset.orgs[0]!.org_id;
  const admin = { userId: dataset.users.find((u) => u.org_id === org && u.role === 'admin')!.user_id, role: 'admin', orgId: org } as const;
  const learners = dataset.users.filter((u) => u.org_id === org && u.role === 'learner').map((u) => u.user_id);
  const attempts = [...tableRows(dataset, 'attempts')] as unknown as Attempt[];
  const names = new Map(dataset.users.map((u) => [u.user_id, u.display_name]));
  const now = `${dataset.meta.endDate}T00:00:00.000Z`;
  return { dataset, client, org, admin, learners, attempts, names, now };
}

type Setup = ReturnType<typeof setup>;

// Row by row, in table order, the sums and SQL rank() the seed's view defines.
function reference(s: Setup, period: { from: string; to: string; previousFrom: string }, timezone: string, activities?: Set<string>) {
  const clock = zoneClock(timezone);
  const at = (day: string) => clock.dayStartUtc(dayNumberOf(day));
  const [t0, t1, t2] = [at(period.previousFrom), at(period.from), at(period.to)];
  const memberOf = new Map(s.dataset.users.map((u) => [u.user_id, u.org_id]));
  type Sums = { n: number; sum: number; dur: number; talk: number; talks: number };
  const current = new Map<string, Sums>();
  const previous = new Map<string, Sums>();
  for (const a of s.attempts) {
    if (a.org_id !== s.org || memberOf.get(a.user_id) !== s.org || a.score === null) continue;
    if (activities !== undefined && !activities.has(a.activity_id)) continue;
    const t = Date.parse(a.started_at);
    const into = t >= t0 && t < t1 ? previous : t >= t1 && t < t2 ? current : null;
    if (into === null) continue;
    let x = into.get(a.user_id);
    if (x === undefined) into.set(a.user_id, (x = { n: 0, sum: 0, dur: 0, talk: 0, talks: 0 }));
    x.n++;
    x.sum += a.score;
    if (a.duration_seconds !== null) x.dur += a.duration_seconds;
    const spoken = (a.talk_ms ?? NaN) + (a.listen_ms ?? NaN);
    if (spoken > 0) {
      x.talk += (a.talk_ms! / spoken) * 100;
      x.talks++;
    }
  }
  // rank() over averages compared to 9 decimals, as every backend compares them (floatSortKey).
  const key = (x: Sums) => Number((x.sum / x.n).toFixed(9));
  const rankIn = (sums: Map<string, Sums>, user: string) => {
    const mine = key(sums.get(user)!);
    return 1 + [...sums.values()].filter((o) => key(o) > mine).length;
  };
  return [...current]
    .map(([userId, x]) => ({
      rank: rankIn(current, userId),
      userId,
      displayName: s.names.get(userId)!,
      avgScore: x.sum / x.n,
      attempts: x.n,
      totalDurationSeconds: x.dur,
      avgTalkPercentage: x.talks > 0 ? x.talk / x.talks : null,
      previousRank: previous.has(userId) ? rankIn(previous, userId) : null,
    }))
    .sort((a, b) => a.rank - b.rank || byText(a.userId, b.userId));
}

describe.each([
  ['a big org with few rows per learner', { seed: 11, orgs: 1, learnersPerOrg: 1500, targetAttempts: 12_000, days: 120 }, false],
  ['a small org with many rows per learner', { seed: 12, orgs: 1, learnersPerOrg: 12, targetAttempts: 12_000, days: 120 }, false],
  ['a big org whose sums are inexact', { seed: 13, orgs: 1, learnersPerOrg: 1500, targetAttempts: 12_000, days: 120 }, true],
  ['a small org whose sums are inexact', { seed: 14, orgs: 1, learnersPerOrg: 12, targetAttempts: 12_000, days: 120 }, true],
] as const)('leaderboard over %s', (_, options, inexact) => {
  const s = setup(options, inexact);

  it.each([
    ['month', 'UTC'],
    ['week', 'America/New_York'],
    ['range', 'Asia/Kolkata'],
  ] as const)('should add each learner’s rows in table order, for the %s', async (period, timezone) => {
    const endMs = Date.parse(s.now);
    const extra =
      period === 'range' ? { from: new Date(endMs - 75 * 86_400_000).toISOString().slice(0, 10), to: s.dataset.meta.endDate } : {};
    const params = { now: s.now, period, timezone, ...extra } as QueryParams<'leaderboard'>;
    const all = await s.client.query('leaderboard', params, { viewer: s.admin });
    expect(all.total).toBeGreaterThan(5);
    expect(all.rows).toEqual(reference(s, all.period, timezone));
    // Naming every learner walks each one's rows, whatever the shape of the org.
    const named = await s.client.query('leaderboard', { ...params, userIds: s.learners }, { viewer: s.admin });
    expect(named).toEqual(all);
  });

  // An admin's week or month comes from the view of every such period (leaderboardPeriodView.ts): every period of the
  // data, in zones whose midnights are no whole UTC hours or move with daylight saving, in every order.
  it.each([
    ['month', 'Asia/Kolkata'],
    ['month', 'America/Santiago'],
    ['week', 'Australia/Lord_Howe'],
    ['week', 'Pacific/Chatham'],
  ] as const)('should read every %s in %s as the rows add up', async (period, timezone) => {
    const day = 86_400_000;
    const endMs = Date.parse(s.now);
    let ranked = 0;
    // From before the first row to after the last: empty periods at both ends, and one with only a previous period.
    for (let t = endMs - 140 * day; t <= endMs + 40 * day; t += (period === 'week' ? 7 : 30) * day) {
      const now = new Date(t).toISOString();
      const all = await s.client.query('leaderboard', { now, period, timezone }, { viewer: s.admin });
      const expected = reference(s, all.period, timezone);
      expect(all.rows).toEqual(expected);
      expect(all.total).toBe(expected.length);
      ranked += all.total;
      const reversed = await s.client.query('leaderboard', { now, period, timezone, sort: '-rank', offset: 1, limit: 7 }, { viewer: s.admin });
      const byRankDescending = [...expected].sort((a, b) => b.rank - a.rank || byText(a.userId, b.userId));
      expect(reversed.rows).toEqual(byRankDescending.slice(1, 8));
      const page = await s.client.query('leaderboard', { now, period, timezone, offset: 3, limit: 4 }, { viewer: s.admin });
      expect(page).toEqual({ ...all, rows: expected.slice(3, 7) });
    }
    expect(ranked).toBeGreaterThan(0);
  });

  // A range is walked; a small page in an order other than by average leaves the averages' keys unmade and ranks its
  // rows from the raw averages (keysAbove.ts), or makes them after all when the page holds most of the ranked users.
  it.each([
    ['-attempts', 0, 50],
    ['attempts', 3, 20],
    ['-totalDurationSeconds', 1, 63],
    ['displayName', 0, 10],
    ['-avgTalkPercentage', 2, 5],
  ] as const)('should rank a page of a range sorted by %s as the rows add up', async (sort, offset, limit) => {
    const endMs = Date.parse(s.now);
    const from = new Date(endMs - 100 * 86_400_000).toISOString().slice(0, 10);
    const params = { now: s.now, period: 'range', from, to: s.dataset.meta.endDate, timezone: 'Europe/Berlin' } as const;
    const page = await s.client.query('leaderboard', { ...params, sort, offset, limit }, { viewer: s.admin });
    const expected = reference(s, page.period, 'Europe/Berlin');
    const field = sort.replace('-', '') as keyof (typeof expected)[number];
    const sign = sort.startsWith('-') ? -1 : 1;
    const value = (row: (typeof expected)[number]) => row[field] ?? (sign < 0 ? -Infinity : Infinity); // missing shares sort last
    const sorted = [...expected].sort(
      (a, b) =>
        (field === 'displayName' ? sign * byText(a.displayName, b.displayName) : sign * ((value(a) as number) - (value(b) as number))) ||
        byText(a.userId, b.userId),
    );
    expect(page.rows).toEqual(sorted.slice(offset, offset + limit));
  });

  it('should answer alike after more zones than the views kept', async () => {
    const params = { now: s.now, period: 'month' } as const;
    const first = await s.client.query('leaderboard', { ...params, timezone: 'UTC' }, { viewer: s.admin });
    const zones = ['Europe/Berlin', 'Asia/Tokyo', 'America/Denver', 'Africa/Cairo', 'Asia/Kathmandu', 'Europe/Lisbon', 'Pacific/Auckland', 'America/Sao_Paulo', 'Asia/Dubai'];
    for (const timezone of zones) {
      const board = await s.client.query('leaderboard', { ...params, timezone }, { viewer: s.admin });
      expect(board.rows).toEqual(reference(s, board.period, timezone));
    }
    expect(await s.client.query('leaderboard', { ...params, timezone: 'UTC' }, { viewer: s.admin })).toEqual(first);
  });

  it('should count only the selected activities', async () => {
    const activityIds = s.dataset.activities.filter((a) => a.org_id === s.org).slice(0, 3).map((a) => a.activity_id);
    const params = { now: s.now, period: 'month', activityIds } as const;
    const result = await s.client.query('leaderboard', params, { viewer: s.admin });
    expect(result.total).toBeGreaterThan(0);
    expect(result.rows).toEqual(reference(s, result.period, 'UTC', new Set(activityIds)));
  });

  it('should page any sort like the full ranking sorted', async () => {
    const params = { now: s.now, period: 'month' } as const;
    const all = (await s.client.query('leaderboard', params, { viewer: s.admin })).rows;
    const page = await s.client.query('leaderboard', { ...params, sort: '-attempts', offset: 2, limit: 3 }, { viewer: s.admin });
    const sorted = [...all].sort((a, b) => b.attempts - a.attempts || byText(a.userId, b.userId));
    expect(page.rows).toEqual(sorted.slice(2, 5));
    // A page of most users (built in user order, then put in page order) in an order other than rank.
    const wide = await s.client.query('leaderboard', { ...params, sort: '-totalDurationSeconds', offset: 1 }, { viewer: s.admin });
    const byDuration = [...all].sort((a, b) => b.totalDurationSeconds - a.totalDurationSeconds || byText(a.userId, b.userId));
    expect(wide.rows).toEqual(byDuration.slice(1));
  });
});
