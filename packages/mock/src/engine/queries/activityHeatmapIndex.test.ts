// activityHeatmap through its per-org hours (whole hours of a whole-hour zone counted from each hour's distinct users,
// other hours and a range's cut ends row by row) and through the per-user attempt index (a few learners), against
// a plain pass over the rows with local time from Intl, on a dataset big enough for thousands of hours per org.
import { isoDateOf, type Viewer } from '@learnlens/data-client';
import { describe, expect, it } from 'vitest';
import { createMockDataset } from '../../dataset/createMockDataset.js';
import type { MockDataset } from '../../dataset/dataset.types.js';
import { generatedOrg } from '../../test-fixtures/generatedOrg.js';

const DAY = 86_400_000;
const QUARTER = 900_000;

// Local date and hour of an instant from Intl; every offset is a multiple of 15 minutes, so one answer per quarter.
function localOf(zone: string): (t: number) => { day: number; hour: number } {
  const format = new Intl.DateTimeFormat('en-US', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', hourCycle: 'h23' });
  const memo = new Map<number, { day: number; hour: number }>();
  return (t) => {
    const q = Math.floor(t / QUARTER);
    let hit = memo.get(q);
    if (hit === undefined) {
      const p = Object.fromEntries(format.formatToParts(q * QUARTER).map((x) => [x.type, x.value]));
      hit = { day: Date.UTC(+p.year!, +p.month! - 1, +p.day!) / DAY, hour: +p.hour! };
      memo.set(q, hit);
    }
    return hit;
  };
}

interface Filter {
  zone: string;
  fromDay?: string;
  toDay?: string;
  users: Set<number> | null;
  weekdaysOnly?: boolean;
}

// Attempts and distinct users per local date and per (ISO weekday, hour), over the org's rows a filter selects.
function naive(dataset: MockDataset, org: number, f: Filter) {
  const local = localOf(f.zone);
  const a = dataset.attempts;
  const { start, end } = dataset.ranges.attempts[org]!;
  const byDate = new Map<string, { attempts: number; users: Set<number> }>();
  const byHour = new Map<string, { attempts: number; users: Set<number> }>();
  const add = (map: typeof byDate, key: string, u: number) => {
    let c = map.get(key);
    if (c === undefined) map.set(key, (c = { attempts: 0, users: new Set() }));
    c.attempts++;
    c.users.add(u);
  };
  for (let i = start; i < end; i++) {
    const u = a.user[i]!;
    if (f.users !== null && !f.users.has(u)) continue;
    const { day, hour } = local(a.startedAt[i]!);
    const date = isoDateOf(day);
    if ((f.fromDay !== undefined && date < f.fromDay) || (f.toDay !== undefined && date >= f.toDay)) continue;
    const weekday = ((((day + 3) % 7) + 7) % 7) + 1;
    if (f.weekdaysOnly && weekday > 5) continue;
    add(byDate, date, u);
    add(byHour, `${weekday}/${hour}`, u);
  }
  const calendar = [...byDate].sort(([x], [y]) => (x < y ? -1 : 1)).map(([date, c]) => ({ date, attempts: c.attempts, activeUsers: c.users.size }));
  const grid = [...byHour]
    .map(([key, c]) => {
      const [weekday, hour] = key.split('/').map(Number) as [number, number];
      return { weekday, hour, attempts: c.attempts, activeUsers: c.users.size };
    })
    .sort((x, y) => x.weekday - y.weekday || x.hour - y.hour);
  return { calendar, grid };
}

describe('activityHeatmap through its per-org hours and the per-user index', () => {
  const dataset = createMockDataset({ seed: 5, targetAttempts: 60_000 });
  const org = 1;
  const { client, orgId, admin, manager, members, now, day } = generatedOrg(dataset, org);

  async function expectLikeNaive(viewer: Viewer, f: Filter, extra: Record<string, unknown> = {}) {
    const params = { now, timezone: f.zone, ...(f.fromDay && { from: f.fromDay }), ...(f.toDay && { to: f.toDay }), ...(f.weekdaysOnly && { days: 'weekdays' as const }), ...extra };
    const expected = naive(dataset, org, f);
    const calendar = await client.query('activityHeatmap', params, { viewer });
    expect(calendar.grid === 'calendar' && calendar.cells).toEqual(expected.calendar);
    const grid = await client.query('activityHeatmap', { ...params, grid: 'weekdayHour' }, { viewer });
    expect(grid.grid === 'weekdayHour' && grid.cells).toEqual(expected.grid);
  }

  it('should count whole-hour zones, with and without a DST change, from the hours', async () => {
    for (const zone of ['UTC', 'America/New_York', 'Europe/Berlin']) {
      await expectLikeNaive(admin, { zone, users: null });
      await expectLikeNaive(admin, { zone, fromDay: day(75), toDay: day(20), users: null, weekdaysOnly: true });
    }
  });

  it('should count half- and quarter-hour zones row by row, alike', async () => {
    for (const zone of ['Asia/Kolkata', 'Asia/Kathmandu', 'Australia/Lord_Howe']) await expectLikeNaive(admin, { zone, fromDay: day(100), users: null });
  });

  it('should count alike with the bit table another org (of another size) used before', async () => {
    const params = { now, timezone: 'Europe/Berlin', grid: 'weekdayHour' } as const;
    const expected = naive(dataset, org, { zone: 'Europe/Berlin', users: null }).grid;
    const first = await client.query('activityHeatmap', params, { viewer: admin });
    expect(first.grid === 'weekdayHour' && first.cells).toEqual(expected);
    for (const other of [0, 2]) {
      const o = generatedOrg(dataset, other);
      const board = await o.client.query('activityHeatmap', params, { viewer: o.admin });
      expect(board.grid === 'weekdayHour' && board.cells).toEqual(naive(dataset, other, { zone: 'Europe/Berlin', users: null }).grid);
      expect(await client.query('activityHeatmap', params, { viewer: admin })).toEqual(first);
    }
  });

  it("should count a few learners user by user, a larger selection from the hours or by scanning", async () => {
    await expectLikeNaive(manager, { zone: 'America/New_York', users: members });
    const few = [...members].slice(0, 3);
    await expectLikeNaive(admin, { zone: 'Europe/Berlin', fromDay: day(90), toDay: day(30), users: new Set(few) }, { userIds: few.map((i) => dataset.users[i]!.user_id) });
    const most = dataset.users.flatMap((u, i) => (u.org_id === orgId && i % 4 !== 0 ? [i] : []));
    const userIds = most.map((i) => dataset.users[i]!.user_id);
    await expectLikeNaive(admin, { zone: 'Europe/Berlin', fromDay: day(60), users: new Set(most) }, { userIds });
    await expectLikeNaive(admin, { zone: 'Asia/Kolkata', users: new Set(most) }, { userIds, activityIds: dataset.activities.filter((a) => a.org_id === orgId).map((a) => a.activity_id) });
  });
});
