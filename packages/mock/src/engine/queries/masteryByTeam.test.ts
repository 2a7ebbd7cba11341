import { bucketStartDay, isoDateOf } from '@learnlens/data-client';
import { describe, expect, it } from 'vitest';
import { createMockDataset } from '../../dataset/createMockDataset.js';
import { generatedOrg } from '../../test-fixtures/generatedOrg.js';
import { masteryByContent } from './masteryByContent.js';
import { masteryByTeam, teamGroups, wholeTeam } from './masteryByTeam.js';

// 3 orgs × 60 learners in teams of about a dozen: a team's entries are too many to read through its learners' own
// lists, so a manager's masteryTrend takes the team's groups.
const dataset = createMockDataset({ seed: 5, targetAttempts: 40_000 });
const org = 0;
const { client, admin, team, manager, members } = generatedOrg(dataset, org);
const m = dataset.mastery;
const range = dataset.ranges.mastery[org]!;

// Per user index with mastery rows in the org, its team's local number in the index.
function teamsOfUsersWithRows() {
  const index = masteryByTeam(dataset, org);
  const out = new Map<number, number>();
  for (let i = range.start; i < range.end; i++) {
    const teamId = dataset.users[m.user[i]!]!.team_id;
    out.set(m.user[i]!, teamId === null ? index.teams.length : index.localTeam[dataset.index.team.get(teamId)!]!);
  }
  return out;
}

// The manager's answer worked out row by row: the team's rows in table order, by content item and ISO week (UTC).
function expectedRows(users: Set<number>) {
  const cells = new Map<string, { n: number; learners: Set<number>; delta: number; current: number; confidence: number; mean: number; m2: number }>();
  for (let i = range.start; i < range.end; i++) {
    if (!users.has(m.user[i]!)) continue;
    const key = `${dataset.activities[m.content[i]!]!.activity_id} ${isoDateOf(bucketStartDay(Math.floor(m.occurredAt[i]! / 86_400_000), 'week', 1))}`;
    let cell = cells.get(key);
    if (cell === undefined) cells.set(key, (cell = { n: 0, learners: new Set(), delta: 0, current: 0, confidence: 0, mean: 0, m2: 0 }));
    const x = m.current[i]!;
    cell.n++;
    cell.learners.add(m.user[i]!);
    cell.delta += m.delta[i]!;
    cell.current += x;
    cell.confidence += m.confidence[i]!;
    const dev = x - cell.mean;
    cell.mean += dev / cell.n;
    cell.m2 += dev * (x - cell.mean);
  }
  return [...cells]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, c]) => {
      const [contentId, bucketStart] = key.split(' ');
      const half = c.n > 1 ? (1.96 * Math.sqrt(c.m2 / (c.n - 1))) / Math.sqrt(c.n) : 0;
      const mean = c.current / c.n;
      return {
        contentId,
        bucketStart,
        learnersAffected: c.learners.size,
        deltaCount: c.n,
        avgMasteryChange: expect.closeTo(c.delta / c.n, 12),
        avgCurrentMastery: expect.closeTo(mean, 12),
        avgConfidence: expect.closeTo(c.confidence / c.n, 12),
        bandLow: expect.closeTo(Math.max(0, mean - half), 12),
        bandHigh: expect.closeTo(Math.min(1, mean + half), 12),
      };
    });
}

describe('masteryByTeam', () => {
  it('should hold every entry of the org once, each team group its own learners rows of one content item in time order', () => {
    const index = masteryByTeam(dataset, org);
    const teamOf = teamsOfUsersWithRows();
    const userOfRow = (i: number) => m.user[i]!;
    expect(index.row.length).toBe(range.end - range.start);
    expect([...index.row].sort((a, b) => a - b)).toEqual(Array.from({ length: range.end - range.start }, (_, k) => range.start + k));
    for (let t = 0; t <= index.teams.length; t++) {
      const groups = teamGroups(index, t);
      for (let a = 0; a < index.activities; a++) {
        for (let k = groups.groupStart[a]!; k < groups.groupEnd[a]!; k++) {
          const i = index.row[k]!;
          expect(teamOf.get(userOfRow(i))).toBe(t);
          expect(m.content[i]).toBe(a);
          if (k > groups.groupStart[a]!) expect(i).toBeGreaterThan(index.row[k - 1]!);
          expect(index.current[k]).toBe(m.current[i]);
          expect(index.delta[k]).toBe(m.delta[i]);
          expect(index.confidence[k]).toBe(m.confidence[i]);
        }
      }
    }
  });

  it('should find a whole team, and no team for part of one or for learners of two', () => {
    const index = masteryByTeam(dataset, org);
    const byContent = masteryByContent(dataset, org);
    const withRows = [...members].filter((u) => byContent.userOffsets[u + 1]! > byContent.userOffsets[u]!);
    expect(withRows.length).toBeGreaterThan(2);
    const t = index.localTeam[dataset.index.team.get(team.team_id)!]!;
    expect(wholeTeam(dataset, index, byContent, Int32Array.from(members), members.size)).toBe(t);
    expect(wholeTeam(dataset, index, byContent, Int32Array.from(withRows.slice(1)), withRows.length - 1)).toBe(-1);
    const other = dataset.users.findIndex((u) => u.org_id === dataset.orgs[org]!.org_id && u.role === 'learner' && u.team_id !== team.team_id);
    expect(wholeTeam(dataset, index, byContent, Int32Array.from([...members, other]), members.size + 1)).toBe(-1);
  });

  it("should answer a manager's masteryTrend, and an admin's for part of the team, as the rows give them", async () => {
    const asManager = await client.query('masteryTrend', { bucket: 'week' }, { viewer: manager });
    expect(asManager.rows).toEqual(expectedRows(members).map((r) => expect.objectContaining(r)));
    const part = [...members].slice(1);
    const ids = part.map((u) => dataset.users[u]!.user_id);
    const asAdmin = await client.query('masteryTrend', { bucket: 'week', userIds: ids }, { viewer: admin });
    expect(asAdmin.rows).toEqual(expectedRows(new Set(part)).map((r) => expect.objectContaining(r)));
  });
});
