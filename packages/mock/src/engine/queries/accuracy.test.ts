// Seed 003's accuracy on hand-built rows: the issue's own example (6 correct of 7 submitted, one ungraded) is
// 85.71 %, while the average of graded answers is 100 %.
import { createClient, type Attempt, type Viewer } from '@learnlens/data-client';
import { describe, expect, it } from 'vitest';
import { createMockAdapter } from '../../createMockAdapter.js';
import { datasetFromRows } from '../../dataset/fromRows.js';

const attempt = (n: number, score: number | null, ended = true, activity = 'q1'): Attempt => {
  const started = `2026-03-0${2 + (n % 3)}T10:0${n % 10}:00.000Z`;
  return {
    attempt_id: `a${n}`,
    org_id: 'o1',
    user_id: 's1',
    activity_id: activity,
    score,
    duration_seconds: ended ? 30 : null,
    talk_ms: null,
    listen_ms: null,
    started_at: started,
    ended_at: ended ? new Date(Date.parse(started) + 30_000).toISOString() : null,
    goal_band: null,
    task1_band: null,
    task2_band: null,
  };
};

const user = (user_id: string, role: 'admin' | 'learner') => ({
  user_id,
  org_id: 'o1',
  team_id: null,
  role,
  display_name: user_id,
  email: `${user_id}@example.test`,
  plan: 'free' as const,
  created_at: '2026-01-01T00:00:00.000Z',
});

const dataset = datasetFromRows({
  orgs: [{ org_id: 'o1', name: 'Tutoring', timezone: 'UTC', score_scale: 'binary' }],
  teams: [],
  users: [user('t1', 'admin'), user('s1', 'learner')],
  activities: [
    { activity_id: 'q1', org_id: 'o1', title: 'Q1', kind: 'question', difficulty: 'easy', category: 'Algebra', score_scale: 'binary' },
  ],
  attempts: [
    ...[1, 2, 3, 4, 5, 6].map((n) => attempt(n, 1)),
    attempt(7, null), // submitted, ungraded: counts as not correct
    attempt(8, null, false), // never submitted: not counted at all
  ],
});
const client = createClient({ adapter: createMockAdapter({ dataset }) });
const admin: Viewer = { userId: 't1', role: 'admin', orgId: 'o1' };
const NOW = '2026-03-09T00:00:00Z';

describe('seed 003 accuracy (correct / submitted, ungraded counted as not correct)', () => {
  it('scoreTrend: 6 of 7 submitted → accuracy 0.857…, beside the graded average 1', async () => {
    const { points } = await client.query('scoreTrend', { bucket: 'week', now: NOW }, { viewer: admin });
    expect(points).toEqual([
      {
        bucketStart: '2026-03-02',
        avgScore: 1,
        attempts: 8,
        completedAttempts: 7, // attempt 8 never ended
        scoredAttempts: 6,
        submittedAttempts: 7,
        correctAttempts: 6,
        accuracy: 6 / 7,
      },
    ]);
    expect(Math.round(points[0]!.accuracy! * 100 * 100) / 100).toBe(85.71);
  });

  it('personalStats: the same accuracy for the week, the period and the trend', async () => {
    const stats = await client.query('personalStats', { userId: 's1', bucket: 'week', now: NOW }, { viewer: admin });
    expect([stats.accuracyThisWeek, stats.accuracy, stats.avgScore]).toEqual([6 / 7, 6 / 7, 1]);
    expect(stats.trend).toEqual([{ bucketStart: '2026-03-02', avgScore: 1, accuracy: 6 / 7, attempts: 8 }]);
  });
});
