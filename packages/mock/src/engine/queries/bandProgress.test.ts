import { createClient, type Attempt, type Viewer } from '@learnlens/data-client';
import { describe, expect, it } from 'vitest';
import { createMockAdapter } from '../../createMockAdapter.js';
import { createMockDataset } from '../../dataset/createMockDataset.js';
import { tableRows } from '../../dataset/toRows.js';
import { round2 } from '../stats.js';
import { TINY_NOW, tinyDataset, tinyViewers as v } from '../../test-fixtures/tinyDataset.js';

const tiny = createClient({ adapter: createMockAdapter({ dataset: tinyDataset() }) });
const now = TINY_NOW;

describe('bandProgress', () => {
  it("should give a learner's task and overall bands against their latest goal", async () => {
    // Ana: a01 (goal 7, task 1 6, task 2 6.5: average 6.25) and a14 (goal 7.5, task 1 7: average 7).
    // overall = round((6.25 + 7) / 2, 2) = 6.63 (6.625, halves away from zero); the latest goal is a14's 7.5.
    const result = await tiny.query('bandProgress', { now }, { viewer: v.adminA });
    const ana = { learners: 1, attempts: 2, task1Band: 6.5, task2Band: 6.5, overallBand: 6.63, goalBand: 7.5, learnersWithGoal: 1, learnersAtGoal: 0, atGoalShare: 0 };
    expect(result).toEqual({ rows: [{ id: 'ana', name: 'Ana Alvarez', ...ana }], summary: ana });
    // The learner sees the same row of their own.
    expect(await tiny.query('bandProgress', { now }, { viewer: v.learnerAna })).toEqual(result);
    // Before a14 only a01 counts: 6.25 against a goal of 7.
    const february = await tiny.query('bandProgress', { now, to: '2026-03-01' }, { viewer: v.learnerAna });
    expect(february.rows[0]).toMatchObject({ overallBand: 6.25, goalBand: 7, task2Band: 6.5 });
  });

  it('should group by team, average goals over the learners that have one and count who reaches it', async () => {
    // Writers: fay b01 (5.5 and 6: 5.75, goal 7), gus b02 (task 1 only: 7, no goal); b03 has no bands.
    const result = await tiny.query('bandProgress', { now, groupBy: 'team' }, { viewer: v.adminB });
    const writers = { learners: 2, attempts: 2, task1Band: 6.25, task2Band: 6, overallBand: 6.38, goalBand: 7, learnersWithGoal: 1, learnersAtGoal: 0, atGoalShare: 0 };
    expect(result).toEqual({ rows: [{ id: 'team-b1', name: 'Writers', ...writers }], summary: writers });
    const learners = await tiny.query('bandProgress', { now }, { viewer: v.adminB });
    expect(learners.rows.map((r) => [r.id, r.overallBand, r.goalBand, r.atGoalShare])).toEqual([
      ['gus', 7, null, null],
      ['fay', 5.75, 7, 0],
    ]);
  });

  it('should answer an empty period and an org without bands with an empty summary', async () => {
    const empty = await tiny.query('bandProgress', { now, from: '2025-01-01', to: '2025-02-01' }, { viewer: v.adminB });
    expect(empty).toEqual({
      rows: [],
      summary: { learners: 0, attempts: 0, task1Band: null, task2Band: null, overallBand: null, goalBand: null, learnersWithGoal: 0, learnersAtGoal: 0, atGoalShare: null },
    });
    const noBands = await tiny.query('bandProgress', { now }, { viewer: v.managerA2 });
    expect(noBands.rows).toEqual([]);
  });

  describe('on a generated band-scored org', () => {
    const dataset = createMockDataset({ endDate: '2026-11-01', seed: 5, orgs: 2, learnersPerOrg: 24, teamSize: 6, days: 45 });
    const client = createClient({ adapter: createMockAdapter({ dataset }) });
    const org = dataset.orgs.find((o) => o.score_scale === 'band')!;
    const viewerOf = (userId: string): Viewer => {
      const u = dataset.users.find((x) => x.user_id === userId)!;
      return { userId, role: u.role, orgId: u.org_id };
    };
    const admin = viewerOf(dataset.users.find((u) => u.org_id === org.org_id && u.role === 'admin')!.user_id);
    const team = dataset.teams.find((t) => t.org_id === org.org_id)!;
    const attempts = ([...tableRows(dataset, 'attempts')] as Attempt[]).filter(
      (a) => a.org_id === org.org_id && (a.task1_band !== null || a.task2_band !== null),
    );
    const mean = (xs: number[]) => (xs.length === 0 ? null : round2(xs.reduce((x, y) => x + y, 0) / xs.length));
    const average = (a: Attempt) => round2(mean([a.task1_band, a.task2_band].filter((b): b is number => b !== null))!);

    it('should match the figures worked out from the plain rows, per learner', async () => {
      const { rows, summary } = await client.query('bandProgress', { now: '2026-11-01T00:00:00.000Z' }, { viewer: admin });
      expect(rows.length).toBeGreaterThan(10);
      for (const row of rows) {
        const mine = attempts.filter((a) => a.user_id === row.id);
        const latest = [...mine].sort((x, y) => y.started_at.localeCompare(x.started_at)).find((a) => a.goal_band !== null);
        const overall = mean(mine.map(average))!;
        expect(row).toMatchObject({
          attempts: mine.length,
          task1Band: mean(mine.flatMap((a) => (a.task1_band === null ? [] : [a.task1_band]))),
          task2Band: mean(mine.flatMap((a) => (a.task2_band === null ? [] : [a.task2_band]))),
          overallBand: overall,
          goalBand: latest?.goal_band ?? null,
          learnersAtGoal: latest !== undefined && overall >= latest.goal_band! ? 1 : 0,
        });
      }
      expect(rows.map((r) => r.overallBand)).toEqual([...rows.map((r) => r.overallBand)].sort((x, y) => y - x));
      expect(summary.learners).toBe(rows.length);
      expect(summary.learnersAtGoal).toBe(rows.reduce((n, r) => n + r.learnersAtGoal, 0));
      expect(summary.overallBand).toBe(mean(attempts.map(average)));
      // Some learners reach their goal and some do not, so the share means something in the demo.
      expect(summary.atGoalShare).toBeGreaterThan(0);
      expect(summary.atGoalShare).toBeLessThan(1);
    });

    it("should keep a manager to their team's learners", async () => {
      const manager = viewerOf(team.manager_id);
      const members = new Set(dataset.users.filter((u) => u.team_id === team.team_id && u.role === 'learner').map((u) => u.user_id));
      const { rows } = await client.query('bandProgress', { now: '2026-11-01T00:00:00.000Z' }, { viewer: manager });
      expect(rows.length).toBeGreaterThan(0);
      for (const r of rows) expect(members.has(r.id!)).toBe(true);
      const teams = await client.query('bandProgress', { now: '2026-11-01T00:00:00.000Z', groupBy: 'team' }, { viewer: manager });
      expect(teams.rows.map((r) => r.id)).toEqual([team.team_id]);
    });
  });
});
