import { createClient } from '@learnlens/data-client';
import { describe, expect, it } from 'vitest';
import { createMockAdapter } from '../../createMockAdapter.js';
import { TINY_NOW, tinyDataset, tinyViewers as v } from '../../test-fixtures/tinyDataset.js';

const client = createClient({ adapter: createMockAdapter({ dataset: tinyDataset() }) });
const now = TINY_NOW;
const ids = (rows: { attemptId: string }[]) => rows.map((r) => r.attemptId);

describe('recentAttempts', () => {
  it('should list the newest attempts first, equal start times by attempt id', async () => {
    const result = await client.query('recentAttempts', { now, limit: 6 }, { viewer: v.adminA });
    expect(result.total).toBe(20);
    // a14 and a15 both start at 03-18T12:00Z.
    expect(ids(result.rows)).toEqual(['a17', 'a16', 'a14', 'a15', 'a20', 'a13']);
    expect(result.rows[0]).toEqual({
      attemptId: 'a17',
      userId: 'dev',
      displayName: 'Dev Das',
      activityId: 'act-a3',
      activityName: 'Closing',
      score: null,
      durationSeconds: null,
      startedAt: '2026-03-20T08:00:00.000Z',
      endedAt: '2026-03-20T08:01:00.000Z',
    });
  });

  it('should cut pages through a group of equal start times consistently', async () => {
    const a = await client.query('recentAttempts', { now, offset: 2, limit: 1 }, { viewer: v.adminA });
    const b = await client.query('recentAttempts', { now, offset: 3, limit: 2 }, { viewer: v.adminA });
    expect([...ids(a.rows), ...ids(b.rows)]).toEqual(['a14', 'a15', 'a20']);
    const oldest = await client.query('recentAttempts', { now, sort: 'startedAt', limit: 3 }, { viewer: v.adminA });
    expect(ids(oldest.rows)).toEqual(['a01', 'a02', 'a18']);
  });

  it('should sort by score with unscored attempts last in both directions', async () => {
    const best = await client.query('recentAttempts', { now, sort: '-score', limit: 4 }, { viewer: v.adminA });
    // a06 and a14 both scored 90.
    expect(ids(best.rows)).toEqual(['a15', 'a06', 'a14', 'a12']);
    // Ascending: a01 60, a16 60, a19 66, a02 a05 a10 70, a07 75, a18 77, a09 a11 80, a04 84, a12 85, a06 a14 90,
    // a15 95, then unscored a03 a08 a13 a17 a20.
    const tail = await client.query('recentAttempts', { now, sort: 'score', offset: 13, limit: 5 }, { viewer: v.adminA });
    expect(ids(tail.rows)).toEqual(['a14', 'a15', 'a03', 'a08', 'a13']);
    const worstFirst = await client.query('recentAttempts', { now, sort: '-score', offset: 14, limit: 10 }, { viewer: v.adminA });
    expect(ids(worstFirst.rows)).toEqual(['a16', 'a03', 'a08', 'a13', 'a17', 'a20']);
  });

  it('should sort by duration with missing durations last', async () => {
    const longest = await client.query('recentAttempts', { now, sort: '-durationSeconds', limit: 5 }, { viewer: v.adminA });
    expect(longest.rows.map((r) => [r.attemptId, r.durationSeconds])).toEqual([
      ['a13', 1000],
      ['a11', 600],
      ['a03', 500],
      ['a16', 500],
      ['a18', 450],
    ]);
    const shortestTail = await client.query('recentAttempts', { now, sort: 'durationSeconds', offset: 16 }, { viewer: v.adminA });
    expect(ids(shortestTail.rows)).toEqual(['a13', 'a12', 'a17', 'a19']);
  });

  it('should filter by team, [from, to) and activity', async () => {
    const team = await client.query('recentAttempts', { now, teamId: 'team-a2', sort: 'startedAt' }, { viewer: v.adminA });
    expect(team.total).toBe(8);
    expect(ids(team.rows)).toEqual(['a03', 'a19', 'a04', 'a08', 'a09', 'a15', 'a16', 'a17']);
    const window = await client.query(
      'recentAttempts',
      { now, from: '2026-03-16', to: '2026-03-17', timezone: 'Europe/Berlin', activityIds: ['act-a3'] },
      { viewer: v.adminA },
    );
    expect(ids(window.rows)).toEqual(['a10']);
  });

  it('should show a learner only their own attempts', async () => {
    const result = await client.query('recentAttempts', { now }, { viewer: v.learnerAna });
    expect(result.total).toBe(5);
    expect(ids(result.rows)).toEqual(['a14', 'a11', 'a05', 'a18', 'a01']);
  });
});
