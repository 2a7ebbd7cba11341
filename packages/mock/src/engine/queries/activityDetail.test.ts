import { createClient, type Attempt, type Viewer } from '@learnlens/data-client';
import { describe, expect, it } from 'vitest';
import { createMockAdapter } from '../../createMockAdapter.js';
import { createMockDataset } from '../../dataset/createMockDataset.js';
import { tableRows } from '../../dataset/toRows.js';

const dataset = createMockDataset({ endDate: '2026-11-01', seed: 5, orgs: 3, learnersPerOrg: 20, teamSize: 5, days: 45 });
const client = createClient({ adapter: createMockAdapter({ dataset }) });
const NOW = '2026-10-31T12:00:00.000Z';
const attempts = [...tableRows(dataset, 'attempts')] as Attempt[];
const viewerOf = (userId: string): Viewer => {
  const u = dataset.users.find((x) => x.user_id === userId)!;
  return { userId, role: u.role, orgId: u.org_id };
};
const adminOf = (orgId: string) => viewerOf(dataset.users.find((u) => u.org_id === orgId && u.role === 'admin')!.user_id);
// The org's most attempted activity, so every part of the answer has rows.
const busiest = (orgId: string) => {
  const counts = new Map<string, number>();
  for (const a of attempts) if (a.org_id === orgId) counts.set(a.activity_id, (counts.get(a.activity_id) ?? 0) + 1);
  return [...counts].sort((x, y) => y[1] - x[1])[0]![0];
};

describe('activityDetail', () => {
  it.each([0, 1, 2])("should bucket org %i's scores on its activity's own scale and count the same attempts per day", async (i) => {
    const org = dataset.orgs[i]!;
    const activityId = busiest(org.org_id);
    const result = await client.query('activityDetail', { now: NOW, activityId }, { viewer: adminOf(org.org_id) });
    const mine = attempts.filter((a) => a.activity_id === activityId);
    const scores = mine.flatMap((a) => (a.score === null ? [] : [a.score]));
    expect(result.scoreScale).toBe(org.score_scale);
    expect(result.attempts).toBe(mine.length);
    expect(result.distribution.reduce((n, b) => n + b.count, 0)).toBe(scores.length);
    // Each score counted in the bucket whose edges hold it (the last bucket closed at the scale's top).
    const last = result.distribution.length - 1;
    const expected = result.distribution.map((b, k) => scores.filter((s) => s >= b.lower && (k === last ? s <= b.upper : s < b.upper)).length);
    expect(result.distribution.map((b) => b.count)).toEqual(expected);
    expect({ percent: 10, band: 9, binary: 2 }[org.score_scale]).toBe(result.distribution.length);
    expect(result.days.reduce((n, d) => n + d.attempts, 0)).toBe(mine.length);
    const byDay = new Map<string, number>();
    for (const a of mine) byDay.set(a.started_at.slice(0, 10), (byDay.get(a.started_at.slice(0, 10)) ?? 0) + 1);
    expect(result.days.map((d) => [d.day, d.attempts])).toEqual([...byDay].sort(([x], [y]) => (x < y ? -1 : 1)));
  });

  it("should list learners by attempts with their average, best and last attempt", async () => {
    const org = dataset.orgs[0]!;
    const activityId = busiest(org.org_id);
    const result = await client.query('activityDetail', { now: NOW, activityId, learnerLimit: 3 }, { viewer: adminOf(org.org_id) });
    const mine = attempts.filter((a) => a.activity_id === activityId);
    expect(result.learnerTotal).toBe(new Set(mine.map((a) => a.user_id)).size);
    expect(result.learners).toHaveLength(3);
    for (const l of result.learners) {
      const own = mine.filter((a) => a.user_id === l.userId);
      const scores = own.flatMap((a) => (a.score === null ? [] : [a.score]));
      expect(l.attempts).toBe(own.length);
      expect(l.bestScore).toBe(scores.length ? Math.max(...scores) : null);
      expect(l.lastAttemptAt).toBe(own.map((a) => a.started_at).sort().at(-1));
      expect(l.avgScore).toBeCloseTo(scores.reduce((x, y) => x + y, 0) / scores.length, 9);
    }
    const counts = result.learners.map((l) => l.attempts);
    expect(counts).toEqual([...counts].sort((x, y) => y - x));
  });

  it('should show a learner only their own attempts', async () => {
    const org = dataset.orgs[0]!;
    const activityId = busiest(org.org_id);
    const someone = attempts.find((a) => a.activity_id === activityId)!.user_id;
    const result = await client.query('activityDetail', { now: NOW, activityId }, { viewer: viewerOf(someone) });
    expect(result.learners.map((l) => l.userId)).toEqual([someone]);
    expect(result.attempts).toBe(attempts.filter((a) => a.activity_id === activityId && a.user_id === someone).length);
  });

  it("should refuse another org's activity and an unknown one with the one out-of-scope error", async () => {
    const admin = adminOf(dataset.orgs[0]!.org_id);
    const foreign = dataset.activities.find((a) => a.org_id === dataset.orgs[1]!.org_id)!.activity_id;
    const refusals = await Promise.all(
      [foreign, 'no-such-activity'].map((activityId) => client.query('activityDetail', { now: NOW, activityId }, { viewer: admin }).catch((e: unknown) => e)),
    );
    for (const error of refusals) expect(error).toMatchObject({ name: 'ScopeError', code: 'SCOPE' });
    expect((refusals[0] as Error).message).toBe((refusals[1] as Error).message);
  });

  it('should require an activityId', async () => {
    const admin = adminOf(dataset.orgs[0]!.org_id);
    await expect(client.query('activityDetail', { now: NOW } as never, { viewer: admin })).rejects.toMatchObject({ code: 'INVALID_PARAMS' });
  });
});
