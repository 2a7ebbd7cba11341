import { createClient, type Attempt, type Viewer } from '@learnlens/data-client';
import { describe, expect, it } from 'vitest';
import { createMockAdapter } from '../../createMockAdapter.js';
import { createMockDataset } from '../../dataset/createMockDataset.js';
import { tableRows } from '../../dataset/toRows.js';

const dataset = createMockDataset({ endDate: '2026-11-01', seed: 11, orgs: 2, learnersPerOrg: 30, teamSize: 6, days: 60 });
const client = createClient({ adapter: createMockAdapter({ dataset }) });
const NOW = '2026-10-31T12:00:00.000Z';
const orgId = dataset.orgs[0]!.org_id;
const viewerOf = (userId: string): Viewer => {
  const u = dataset.users.find((x) => x.user_id === userId)!;
  return { userId, role: u.role, orgId: u.org_id };
};
const admin = viewerOf(dataset.users.find((u) => u.org_id === orgId && u.role === 'admin')!.user_id);
const teams = dataset.teams.filter((t) => t.org_id === orgId);
const manager = viewerOf(teams[1]!.manager_id);
const learner = viewerOf(dataset.users.find((u) => u.org_id === orgId && u.role === 'learner')!.user_id);

// The same numbers from the plain rows, one team at a time.
function naive(from: string, to: string) {
  const attempts = [...tableRows(dataset, 'attempts')] as Attempt[];
  const inRange = (iso: string) => iso >= `${from}T00:00:00.000Z` && iso < `${to}T00:00:00.000Z`;
  return teams.map((t) => {
    const members = new Set(dataset.users.filter((u) => u.role === 'learner' && u.team_id === t.team_id).map((u) => u.user_id));
    const mine = attempts.filter((a) => members.has(a.user_id) && inRange(a.started_at));
    const scores = mine.flatMap((a) => (a.score === null ? [] : [a.score]));
    return {
      teamId: t.team_id,
      attempts: mine.length,
      scoredAttempts: scores.length,
      avgScore: scores.length === 0 ? null : scores.reduce((x, y) => x + y, 0) / scores.length,
      activeLearners: new Set(mine.map((a) => a.user_id)).size,
    };
  });
}

describe('teamComparison', () => {
  it("should give each team its learners' attempts, average and active learners", async () => {
    const result = await client.query('teamComparison', { now: NOW, from: '2026-09-01', to: '2026-11-01' }, { viewer: admin });
    expect(result.rows).toHaveLength(teams.length);
    const byTeam = new Map(result.rows.map((r) => [r.teamId, r]));
    for (const expected of naive('2026-09-01', '2026-11-01')) {
      const row = byTeam.get(expected.teamId)!;
      expect(row).toMatchObject({ ...expected, avgScore: expect.closeTo(expected.avgScore!, 9) });
      expect(row.own).toBe(false);
    }
  });

  it('should rank teams by average with rank(), best first, and leave teams without scores unranked', async () => {
    const { rows } = await client.query('teamComparison', { now: NOW }, { viewer: admin });
    const ranked = rows.filter((r) => r.rank !== null);
    expect(ranked.length).toBeGreaterThan(1);
    for (const r of ranked) expect(r.rank).toBe(1 + ranked.filter((x) => x.avgScore! > r.avgScore!).length);
    expect(ranked.map((r) => r.avgScore)).toEqual([...ranked.map((r) => r.avgScore)].sort((x, y) => y! - x!));
    // A range without attempts: every team listed, none ranked.
    const empty = await client.query('teamComparison', { now: NOW, from: '2020-01-01', to: '2020-02-01' }, { viewer: admin });
    expect(empty.rows.map((r) => [r.rank, r.avgScore, r.attempts, r.completionRate])).toEqual(teams.map(() => [null, null, 0, null]));
  });

  it('should count assignment completion as assignmentProgress does for the same team', async () => {
    const params = { now: NOW, from: '2026-08-01', to: '2026-12-01' };
    const { rows } = await client.query('teamComparison', params, { viewer: admin });
    let withAssignments = 0;
    for (const row of rows) {
      const progress = await client.query('assignmentProgress', { ...params, teamId: row.teamId }, { viewer: admin });
      const assigned = progress.rows.reduce((n, r) => n + r.assigned, 0);
      const completed = progress.rows.reduce((n, r) => n + r.completed, 0);
      expect([row.assigned, row.completed]).toEqual([assigned, completed]);
      expect(row.completionRate).toBe(assigned === 0 ? null : completed / assigned);
      if (assigned > 0) withAssignments++;
    }
    expect(withAssignments).toBeGreaterThan(1);
  });

  it("should show a manager every team's aggregates, marking their own, but refuse a learner", async () => {
    const asAdmin = await client.query('teamComparison', { now: NOW }, { viewer: admin });
    const asManager = await client.query('teamComparison', { now: NOW }, { viewer: manager });
    expect(asManager.rows.map(({ own: _own, ...r }) => r)).toEqual(asAdmin.rows.map(({ own: _own, ...r }) => r));
    expect(asManager.rows.filter((r) => r.own).map((r) => r.teamId)).toEqual([teams[1]!.team_id]);
    // No member of any team appears in the result.
    const text = JSON.stringify(asManager);
    for (const u of dataset.users.filter((x) => x.org_id === orgId && x.role === 'learner')) expect(text).not.toContain(u.user_id);
    await expect(client.query('teamComparison', { now: NOW }, { viewer: learner })).rejects.toMatchObject({ name: 'ScopeError', code: 'SCOPE' });
    // A manager may still narrow to their own team only, as everywhere.
    await expect(client.query('teamComparison', { now: NOW, teamId: teams[0]!.team_id }, { viewer: manager })).rejects.toMatchObject({ code: 'SCOPE' });
  });

  it('should narrow the learners counted with teamId and userIds, still listing every team', async () => {
    const team = teams[2]!.team_id;
    const { rows } = await client.query('teamComparison', { now: NOW, teamId: team }, { viewer: admin });
    expect(rows).toHaveLength(teams.length);
    expect(rows.filter((r) => r.attempts > 0).map((r) => r.teamId)).toEqual([team]);
    expect(rows.find((r) => r.teamId === team)!.rank).toBe(1);
  });
});
