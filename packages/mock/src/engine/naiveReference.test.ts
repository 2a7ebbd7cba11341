// The engine's fast paths (offset cursors, top-k heaps, tie-group paging,
// quickselect) against obvious row-by-row implementations of the same doc
// lines, on random data full of ties, in zones with DST changes. Local time
// here comes straight from Intl and PostgreSQL's documented rules, never from
// the data client's ZoneClock that the engine uses.
import {
  bucketStartDay,
  createClient,
  isoDateOf,
  isoWeekdayOf,
  type Activity,
  type Attempt,
  type Org,
  type Team,
  type User,
  type Viewer,
} from '@learnlens/data-client';
import { describe, expect, it } from 'vitest';
import { createMockAdapter } from '../createMockAdapter.js';
import { datasetFromRows } from '../dataset/fromRows.js';

const DAY = 86_400_000;
let seed = 20_260_320;
const rand = () => ((seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0) / 4_294_967_296);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;

const orgs: Org[] = ['o1', 'o2'].map((org_id) => ({ org_id, name: org_id, timezone: 'UTC', score_scale: 'percent' }));
const teams: Team[] = [
  { team_id: 't1', org_id: 'o1', name: 't1', manager_id: 'm1' },
  { team_id: 't2', org_id: 'o1', name: 't2', manager_id: 'm2' },
  { team_id: 't3', org_id: 'o2', name: 't3', manager_id: 'm3' },
];
const users: User[] = [
  ...['admin1', 'admin2'].map((id, i) => ({ id, org: `o${i + 1}`, team: null, role: 'admin' as const })),
  ...['m1', 'm2', 'm3'].map((id, i) => ({ id, org: i < 2 ? 'o1' : 'o2', team: `t${i + 1}`, role: 'manager' as const })),
  ...Array.from({ length: 24 }, (_, i) => ({
    id: `u${String(i).padStart(2, '0')}`,
    org: i < 18 ? 'o1' : 'o2',
    team: i < 9 ? 't1' : i < 18 ? 't2' : 't3',
    role: 'learner' as const,
  })),
].map(({ id, org, team, role }) => ({
  user_id: id,
  org_id: org,
  team_id: team,
  role,
  display_name: `Name ${pick(['A', 'B', 'C'])}${id}`,
  email: `${id}@x.test`,
  plan: 'free',
  created_at: '2025-01-01T00:00:00Z',
}));
const activities: Activity[] = Array.from({ length: 6 }, (_, i) => ({
  activity_id: `act${i}`,
  org_id: i < 5 ? 'o1' : 'o2',
  title: `Activity ${i}`,
  kind: 'scenario',
  difficulty: 'easy',
  category: 'c',
  score_scale: 'percent',
}));
const learners = (org: string) => users.filter((u) => u.org_id === org && u.role === 'learner');
const start = Date.parse('2025-09-01T00:00:00Z');
const attempts: Attempt[] = Array.from({ length: 3000 }, (_, i) => {
  const org = rand() < 0.8 ? 'o1' : 'o2';
  // Half-hour steps over eight months: many equal start times.
  const started = start + Math.floor(rand() * 240 * 48) * 1_800_000;
  const scored = rand() < 0.8;
  const talk = rand() < 0.7 ? Math.floor(rand() * 3) * 1000 : null;
  return {
    attempt_id: `x${String(Math.floor(rand() * 1e6)).padStart(6, '0')}-${i}`,
    org_id: org,
    user_id: pick(learners(org)).user_id,
    activity_id: pick(activities.filter((a) => a.org_id === org)).activity_id,
    score: scored ? Math.floor(rand() * 11) * 10 : null,
    duration_seconds: rand() < 0.8 ? Math.floor(rand() * 5) * 60 : null,
    talk_ms: talk,
    listen_ms: talk === null ? null : Math.floor(rand() * 3) * 1000,
    started_at: new Date(started).toISOString(),
    ended_at: rand() < 0.9 ? new Date(started + Math.floor(rand() * 90) * 60_000).toISOString() : null,
    goal_band: null,
    task1_band: rand() < 0.5 ? Math.floor(rand() * 19) / 2 : null,
    task2_band: rand() < 0.5 ? Math.floor(rand() * 19) / 2 : null,
  };
});

const binaryActivity = new Set(activities.filter((a) => a.score_scale === 'binary').map((a) => a.activity_id));
const client = createClient({ adapter: createMockAdapter({ dataset: datasetFromRows({ orgs, teams, users, activities, attempts }) }) });
const admin: Viewer = { userId: 'admin1', role: 'admin', orgId: 'o1' };
const manager: Viewer = { userId: 'm2', role: 'manager', orgId: 'o1' };
const now = '2026-03-29T00:30:00Z'; // Berlin's spring-forward night
const zones = ['UTC', 'Europe/Berlin', 'America/Santiago', 'America/Havana', 'Australia/Lord_Howe', 'Asia/Kolkata'];

const ms = (iso: string) => Date.parse(iso);
const formatters = new Map<string, Intl.DateTimeFormat>();
// The wall clock Intl shows for an instant, read back as if it were UTC.
const localMs = (t: number, zone: string) => {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
    formatters.set(zone, f);
  }
  const p = Object.fromEntries(f.formatToParts(new Date(t)).map((x) => [x.type, Number(x.value)]));
  return Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!) + (t % 1000);
};
const localDay = (t: number, zone: string) => Math.floor(localMs(t, zone) / DAY);
const dayStart = (iso: string, zone: string) => {
  // PostgreSQL's `'D'::date::timestamptz`: of the offsets in force around midnight, the instants that read as
  // midnight; the later when there are two, and when there is none (a gap) the one the earlier offset gives.
  const midnight = ms(`${iso}T00:00:00Z`);
  const offsets = new Set<number>();
  for (let t = midnight - 30 * 3_600_000; t <= midnight + 30 * 3_600_000; t += 900_000) offsets.add(localMs(t, zone) - t);
  const candidates = [...offsets].map((o) => midnight - o);
  const real = candidates.filter((t) => localMs(t, zone) === midnight);
  return Math.max(...(real.length > 0 ? real : candidates));
};
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const mean = (xs: number[]) => (xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : null);

function rowsFor(viewer: Viewer, zone: string, from?: string, to?: string): Attempt[] {
  const visible =
    viewer.role === 'admin'
      ? new Set(users.filter((u) => u.org_id === viewer.orgId).map((u) => u.user_id))
      : new Set(users.filter((u) => u.team_id === 't2' && u.role === 'learner').map((u) => u.user_id));
  const lo = from ? dayStart(from, zone) : -Infinity;
  const hi = to ? dayStart(to, zone) : Infinity;
  return attempts.filter((a) => a.org_id === viewer.orgId && visible.has(a.user_id) && ms(a.started_at) >= lo && ms(a.started_at) < hi);
}

describe('engine against row-by-row references on random data', () => {
  describe.each(zones)('in %s', (zone) => {
    const range = { from: '2025-10-26', to: '2026-04-06' };

    it.each([
      ['admin', admin],
      ['manager', manager],
    ])('should count the calendar and weekday × hour heatmaps like the reference (%s)', async (_, viewer) => {
      const rows = rowsFor(viewer, zone, range.from, range.to);
      const days = new Map<string, Set<string>>();
      const counts = new Map<string, number>();
      const cells = new Map<number, [number, Set<string>]>();
      for (const a of rows) {
        const date = isoDateOf(localDay(ms(a.started_at), zone));
        counts.set(date, (counts.get(date) ?? 0) + 1);
        days.set(date, (days.get(date) ?? new Set<string>()).add(a.user_id));
        const local = localMs(ms(a.started_at), zone);
        const day = Math.floor(local / DAY);
        const key = isoWeekdayOf(day) * 100 + Math.floor((local - day * DAY) / 3_600_000);
        const cell = cells.get(key) ?? [0, new Set<string>()];
        cell[0]++;
        cell[1].add(a.user_id);
        cells.set(key, cell);
      }
      const calendar = await client.query('activityHeatmap', { now, timezone: zone, ...range }, { viewer });
      expect(counts.size).toBeGreaterThan(20);
      expect(calendar.grid === 'calendar' && calendar.cells).toEqual(
        [...counts.keys()].sort().map((date) => ({ date, attempts: counts.get(date), activeUsers: days.get(date)!.size })),
      );
      const grid = await client.query('activityHeatmap', { now, timezone: zone, ...range, grid: 'weekdayHour' }, { viewer });
      expect(grid.grid === 'weekdayHour' && grid.cells).toEqual(
        [...cells.keys()]
          .sort((a, b) => a - b)
          .map((k) => ({ weekday: Math.floor(k / 100), hour: k % 100, attempts: cells.get(k)![0], activeUsers: cells.get(k)![1].size })),
      );
    });

    it.each(['day', 'week', 'month'] as const)('should bucket the score trend by %s like the reference', async (bucket) => {
      const rows = rowsFor(admin, zone, range.from, range.to);
      const groups = new Map<number, Attempt[]>();
      for (const a of rows) {
        const b = bucketStartDay(localDay(ms(a.started_at), zone), bucket);
        groups.set(b, [...(groups.get(b) ?? []), a]);
      }
      const result = await client.query('scoreTrend', { now, timezone: zone, bucket, ...range }, { viewer: admin });
      const expected = [...groups.keys()]
        .sort((a, b) => a - b)
        .map((b) => {
          const scores = groups.get(b)!.flatMap((a) => (a.score === null ? [] : [a.score]));
          // Seed 003's accuracy: ended attempts at 0/1-scored activities, an ungraded one counting as not correct.
          const submitted = groups.get(b)!.filter((a) => a.ended_at !== null && binaryActivity.has(a.activity_id));
          const correct = submitted.filter((a) => a.score === 1).length;
          return {
            bucketStart: isoDateOf(b),
            avgScore: mean(scores),
            attempts: groups.get(b)!.length,
            scoredAttempts: scores.length,
            completedAttempts: groups.get(b)!.filter((a) => a.ended_at !== null).length,
            submittedAttempts: submitted.length,
            correctAttempts: correct,
            accuracy: submitted.length > 0 ? correct / submitted.length : null,
          };
        });
      expect(result.points.map((p) => ({ ...p, avgScore: p.avgScore === null ? null : expect.closeTo(p.avgScore, 9) }))).toEqual(expected);
    });

    it.each(['week', 'month'] as const)('should rank the %s like rank() in the reference', async (period) => {
      const nowDay = localDay(ms(now), zone);
      const from = bucketStartDay(nowDay, period);
      const to = period === 'week' ? from + 7 : bucketStartDay(from + 31, 'month');
      const prev = bucketStartDay(from - 1, period);
      const ranked = (lo: number, hi: number) => {
        const rows = rowsFor(admin, zone, isoDateOf(lo), isoDateOf(hi)).filter((a) => a.score !== null);
        const byUser = new Map<string, number[]>();
        for (const a of rows) byUser.set(a.user_id, [...(byUser.get(a.user_id) ?? []), a.score!]);
        const avgs = [...byUser].map(([u, s]) => [u, s.reduce((x, y) => x + y, 0) / s.length] as const);
        return new Map(avgs.map(([u, avg]) => [u, { avg, n: byUser.get(u)!.length, rank: 1 + avgs.filter(([, o]) => o > avg).length }]));
      };
      const current = ranked(from, to);
      const previous = ranked(prev, from);
      const result = await client.query('leaderboard', { now, timezone: zone, period }, { viewer: admin });
      expect(result.total).toBe(current.size);
      const expected = [...current]
        .sort(([ua, a], [ub, b]) => a.rank - b.rank || byText(ua, ub))
        .map(([userId, c]) => [userId, c.rank, c.n, previous.get(userId)?.rank ?? null]);
      expect(result.rows.map((r) => [r.userId, r.rank, r.attempts, r.previousRank])).toEqual(expected);
    });
  });

  it.each([
    ['-startedAt', 0, 25],
    ['startedAt', 37, 50],
    ['-score', 0, 40],
    ['score', 1500, 30],
    ['-durationSeconds', 100, 60],
    ['durationSeconds', 2300, 100],
    ['displayName', 40, 60],
    ['-activityName', 0, 80],
  ] as const)('should page recent attempts sorted by %s like a full sort (offset %i)', async (sort, offset, limit) => {
    const rows = rowsFor(admin, 'UTC');
    const field = sort.replace('-', '') as 'startedAt' | 'score' | 'durationSeconds' | 'displayName' | 'activityName';
    const desc = sort.startsWith('-');
    const userName = new Map(users.map((u) => [u.user_id, u.display_name]));
    const activityName = new Map(activities.map((act) => [act.activity_id, act.title]));
    const key = (a: Attempt) => (field === 'startedAt' ? ms(a.started_at) : field === 'score' ? a.score : a.duration_seconds);
    const text = (a: Attempt) => (field === 'displayName' ? userName.get(a.user_id)! : activityName.get(a.activity_id)!);
    const sorted = [...rows].sort((a, b) => {
      if (field === 'displayName' || field === 'activityName') return (desc ? byText(text(b), text(a)) : byText(text(a), text(b))) || byText(a.attempt_id, b.attempt_id);
      const x = key(a);
      const y = key(b);
      if (x === null || y === null) return x === y ? byText(a.attempt_id, b.attempt_id) : x === null ? 1 : -1;
      return (desc ? y - x : x - y) || byText(a.attempt_id, b.attempt_id);
    });
    const result = await client.query('recentAttempts', { now, sort, offset, limit }, { viewer: admin });
    expect(result.total).toBe(rows.length);
    expect(result.rows.map((r) => r.attemptId)).toEqual(sorted.slice(offset, offset + limit).map((a) => a.attempt_id));
  });

  it('should export every row exactly once across pages, in started_at then attempt_id order', async () => {
    const rows = rowsFor(manager, 'Europe/Berlin', '2025-11-01', '2026-03-01');
    const expected = [...rows].sort((a, b) => ms(a.started_at) - ms(b.started_at) || byText(a.attempt_id, b.attempt_id));
    const seen: string[] = [];
    for (let offset = 0; offset < expected.length; offset += 7) {
      const page = await client.query(
        'exportRows',
        { now, from: '2025-11-01', to: '2026-03-01', timezone: 'Europe/Berlin', offset, limit: 7 },
        { viewer: manager },
      );
      expect(page.total).toBe(expected.length);
      seen.push(...page.rows.map((r) => r.attempt_id));
    }
    expect(seen).toEqual(expected.map((a) => a.attempt_id));
  });

  it('should compute insights like the reference, medians interpolated', async () => {
    const rows = rowsFor(admin, 'UTC').filter((a) => a.score !== null);
    const all = await client.query('activityInsights', { now, sort: '-attemptCount' }, { viewer: admin });
    for (const row of all.rows) {
      const scores = rows.filter((a) => a.activity_id === row.activityId).map((a) => a.score!).sort((a, b) => a - b);
      const n = scores.length;
      const avg = scores.reduce((s, x) => s + x, 0) / n;
      const median = n % 2 ? scores[(n - 1) / 2]! : (scores[n / 2 - 1]! + scores[n / 2]!) / 2;
      const sd = Math.sqrt(scores.reduce((s, x) => s + (x - avg) ** 2, 0) / (n - 1));
      expect(row.attemptCount).toBe(n);
      expect(row.avgScore).toBeCloseTo(avg, 9);
      expect(row.medianScore).toBe(median);
      expect(row.scoreStddev).toBeCloseTo(sd, 9);
    }
  });

  it('should count the org overview like the reference', async () => {
    const rows = rowsFor(admin, 'UTC').filter((a) => a.ended_at !== null);
    const ended = rows.map((a) => ms(a.ended_at!));
    const t = ms(now);
    const result = await client.query('orgOverview', { now }, { viewer: admin });
    expect(result).toEqual({
      activeUsers: new Set(rows.map((a) => a.user_id)).size,
      totalAttempts: rows.length,
      avgScore: expect.closeTo(mean(rows.flatMap((a) => (a.score === null ? [] : [a.score])))!, 9),
      lastActivity: new Date(Math.max(...ended)).toISOString(),
      attemptsLast7Days: ended.filter((e) => e >= t - 7 * DAY).length,
      attemptsLast30Days: ended.filter((e) => e >= t - 30 * DAY).length,
      attemptsPrevious7Days: ended.filter((e) => e >= t - 14 * DAY && e < t - 7 * DAY).length,
      attemptsPrevious30Days: ended.filter((e) => e >= t - 60 * DAY && e < t - 30 * DAY).length,
    });
  });
});
