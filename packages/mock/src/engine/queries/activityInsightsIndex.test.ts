// activityInsights through its per-org index (checkpoints every few thousand rows, the rows at a range's ends read
// one by one, a few learners read user by user) against a plain pass over the same rows, on a dataset big enough to
// have many checkpoints per org.
import { createClient } from '@learnlens/data-client';
import { describe, expect, it } from 'vitest';
import { createMockAdapter } from '../../createMockAdapter.js';
import { createMockDataset } from '../../dataset/createMockDataset.js';
import type { MockDataset } from '../../dataset/dataset.types.js';
import { generatedOrg } from '../../test-fixtures/generatedOrg.js';
import { insightsIndex } from './activityInsightsIndex.js';

interface Expected {
  activityId: string;
  attemptCount: number;
  avgScore: number;
  scoreStddev: number | null;
  medianScore: number;
  avgDurationSeconds: number | null;
  lastAttemptedAt: string | null;
}

// Rows of `users` (user indexes) started in [fromMs, toMs), per activity, summed in row order.
function naive(dataset: MockDataset, org: number, users: Set<number> | null, fromMs: number, toMs: number): Expected[] {
  const a = dataset.attempts;
  const { start, end } = dataset.ranges.attempts[org]!;
  const groups = new Map<number, { scores: number[]; durations: number[]; ended: number }>();
  for (let i = start; i < end; i++) {
    const t = a.startedAt[i]!;
    if (t < fromMs || t >= toMs || Number.isNaN(a.score[i]!) || (users !== null && !users.has(a.user[i]!))) continue;
    let g = groups.get(a.activity[i]!);
    if (g === undefined) groups.set(a.activity[i]!, (g = { scores: [], durations: [], ended: -Infinity }));
    g.scores.push(a.score[i]!);
    if (!Number.isNaN(a.duration[i]!)) g.durations.push(a.duration[i]!);
    if (a.endedAt[i]! > g.ended) g.ended = a.endedAt[i]!;
  }
  return [...groups].map(([act, g]) => {
    const n = g.scores.length;
    const mean = g.scores.reduce((s, x) => s + x, 0) / n;
    const sorted = [...g.scores].sort((x, y) => x - y);
    return {
      activityId: dataset.activities[act]!.activity_id,
      attemptCount: n,
      avgScore: mean,
      scoreStddev: n < 2 ? null : Math.sqrt(g.scores.reduce((s, x) => s + (x - mean) ** 2, 0) / (n - 1)),
      medianScore: n % 2 ? sorted[(n - 1) / 2]! : (sorted[n / 2 - 1]! + sorted[n / 2]!) / 2,
      avgDurationSeconds: g.durations.length ? g.durations.reduce((s, x) => s + x, 0) / g.durations.length : null,
      lastAttemptedAt: g.ended > -Infinity ? new Date(g.ended).toISOString() : null,
    };
  });
}

function check(actual: readonly Expected[], expected: Expected[]): void {
  const byId = (x: Expected, y: Expected) => (x.activityId < y.activityId ? -1 : 1);
  const got = [...actual].sort(byId).map(({ activityId, attemptCount, avgScore, scoreStddev, medianScore, avgDurationSeconds, lastAttemptedAt }) => ({
    activityId,
    attemptCount,
    avgScore,
    scoreStddev,
    medianScore,
    avgDurationSeconds,
    lastAttemptedAt,
  }));
  expect(got).toEqual(
    expected.sort(byId).map((e) => ({
      ...e,
      avgScore: expect.closeTo(e.avgScore, 9),
      scoreStddev: e.scoreStddev === null ? null : expect.closeTo(e.scoreStddev, 9),
    })),
  );
}

describe('activityInsights through its per-org index', () => {
  const dataset = createMockDataset({ seed: 11, targetAttempts: 60_000 });
  const org = 0;
  const { client, orgId, admin, manager, members, now, day } = generatedOrg(dataset, org);

  it('should have checkpoints inside the org, so ranges cut blocks at both ends', () => {
    const index = insightsIndex(dataset, org)!;
    const { start, end } = dataset.ranges.attempts[org]!;
    expect(index).not.toBeNull();
    expect((end - start) / index.block).toBeGreaterThan(3);
  });

  it('should give the admin every activity of any range as a pass over its rows does', async () => {
    for (const [from, to] of [[undefined, undefined], [day(90), day(0)], [day(40), day(33)], [day(100), day(99)]] as const) {
      const range = from === undefined ? {} : { from, to };
      const result = await client.query('activityInsights', { now, ...range }, { viewer: admin });
      const fromMs = from === undefined ? -Infinity : Date.parse(`${from}T00:00:00Z`);
      const toMs = to === undefined ? Infinity : Date.parse(`${to}T00:00:00Z`);
      check(result.rows, naive(dataset, org, null, fromMs, toMs));
    }
  });

  it("should give a manager their team's rows, read user by user", async () => {
    const result = await client.query('activityInsights', { now }, { viewer: manager });
    check(result.rows, naive(dataset, org, members, -Infinity, Infinity));
    const learner = [...members][0]!;
    const mine = await client.query('activityInsights', { now, from: day(60), to: day(10) }, { viewer: { userId: dataset.users[learner]!.user_id, role: 'learner', orgId } });
    check(mine.rows, naive(dataset, org, new Set([learner]), Date.parse(`${day(60)}T00:00:00Z`), Date.parse(`${day(10)}T00:00:00Z`)));
  });

  it('should scan the range under a user mask when the selection is most of the org', async () => {
    const orgUsers = dataset.users.flatMap((u, i) => (u.org_id === orgId && i % 3 !== 0 ? [i] : []));
    const userIds = orgUsers.map((i) => dataset.users[i]!.user_id);
    const result = await client.query('activityInsights', { now, from: day(80), userIds }, { viewer: admin });
    check(result.rows, naive(dataset, org, new Set(orgUsers), Date.parse(`${day(80)}T00:00:00Z`), Infinity));
  });

  it('should keep an activity filter to its activities', async () => {
    const acts = dataset.activities.filter((a) => a.org_id === orgId).slice(0, 2);
    const result = await client.query('activityInsights', { now, activityIds: acts.map((a) => a.activity_id) }, { viewer: admin });
    const wanted = new Set(acts.map((a) => a.activity_id));
    check(result.rows, naive(dataset, org, null, -Infinity, Infinity).filter((e) => wanted.has(e.activityId)));
  });

  it('should sum durations row by row when they are not whole non-negative seconds', async () => {
    const fractional = createMockDataset({ seed: 11, targetAttempts: 60_000 });
    const d = fractional.attempts.duration;
    for (let i = 0; i < d.length; i++) d[i] = d[i]! * 1.1;
    const result = await createClient({ adapter: createMockAdapter({ dataset: fractional }) }).query('activityInsights', { now, from: day(70) }, { viewer: admin });
    expect(insightsIndex(fractional, org)!.durationsExact).toBe(false);
    check(result.rows, naive(fractional, org, null, Date.parse(`${day(70)}T00:00:00Z`), Infinity));
    const negative = createMockDataset({ seed: 11, targetAttempts: 60_000 });
    let scored = negative.ranges.attempts[org]!.start;
    while (Number.isNaN(negative.attempts.score[scored]!)) scored++;
    negative.attempts.duration[scored] = -30;
    const withNegative = await createClient({ adapter: createMockAdapter({ dataset: negative }) }).query('activityInsights', { now }, { viewer: admin });
    expect(insightsIndex(negative, org)!.durationsExact).toBe(false);
    check(withNegative.rows, naive(negative, org, null, -Infinity, Infinity));
  });
});
