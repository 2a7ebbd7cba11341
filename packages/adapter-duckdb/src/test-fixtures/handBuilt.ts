import type { TableName } from '@learnlens/data-client';

// A dataset small enough to work out every expected number by hand (see createDuckDbAdapter.test.ts).
// Org o1 reports in Europe/Berlin; x1 starts late on Oct 5 in UTC, which is already Oct 6 in Berlin.

const attempt = (
  attempt_id: string,
  org_id: string,
  user_id: string,
  activity_id: string,
  score: number | null,
  duration_seconds: number | null,
  started_at: string,
  ended: boolean,
  talk: [number, number] | null = null,
) => ({
  attempt_id,
  org_id,
  user_id,
  activity_id,
  score,
  duration_seconds,
  talk_ms: talk?.[0] ?? null,
  listen_ms: talk?.[1] ?? null,
  started_at,
  ended_at: ended ? new Date(Date.parse(started_at) + (duration_seconds ?? 60) * 1000).toISOString() : null,
  goal_band: null,
  task1_band: user_id === 'l1' ? 6.5 : null,
  task2_band: user_id === 'l1' ? 7 : null,
});

const user = (user_id: string, org_id: string, team_id: string | null, role: string) => ({
  user_id,
  org_id,
  team_id,
  role,
  display_name: `Name ${user_id}`,
  email: `${user_id}@example.test`,
  plan: 'free',
  created_at: '2026-01-01T00:00:00.000Z',
});

/** Every table of the hand-built dataset as rows. */
export const handBuilt: Record<TableName, Record<string, unknown>[]> = {
  orgs: [
    { org_id: 'o1', name: 'Org one', timezone: 'Europe/Berlin', score_scale: 'percent' },
    { org_id: 'o2', name: 'Org two', timezone: 'UTC', score_scale: 'percent' },
  ],
  teams: [
    { team_id: 't1', org_id: 'o1', name: 'Team one', manager_id: 'm1' },
    { team_id: 't2', org_id: 'o1', name: 'Team two', manager_id: 'm2' },
    { team_id: 't3', org_id: 'o2', name: 'Team three', manager_id: 'm3' },
  ],
  users: [
    user('a1', 'o1', null, 'admin'),
    user('m1', 'o1', 't1', 'manager'),
    user('m2', 'o1', 't2', 'manager'),
    user('l1', 'o1', 't1', 'learner'),
    user('l2', 'o1', 't1', 'learner'),
    user('l3', 'o1', 't2', 'learner'),
    user('a2', 'o2', null, 'admin'),
    user('m3', 'o2', 't3', 'manager'),
    user('l4', 'o2', 't3', 'learner'),
  ],
  activities: [
    { activity_id: 'act1', org_id: 'o1', title: 'Cold call', kind: 'scenario', difficulty: 'easy', category: 'sales', score_scale: 'percent' },
    { activity_id: 'act2', org_id: 'o1', title: 'Pricing', kind: 'scenario', difficulty: 'hard', category: 'sales', score_scale: 'percent' },
    { activity_id: 'act3', org_id: 'o2', title: 'Intro', kind: 'lesson', difficulty: 'easy', category: 'basics', score_scale: 'percent' },
  ],
  assignments: [
    { assignment_id: 'as1', org_id: 'o1', team_id: 't1', activity_id: 'act1', title: 'Calls', assigned_by: 'm1', assigned_at: '2026-10-01T00:00:00.000Z', due_at: '2026-10-15T00:00:00.000Z', required: true },
    { assignment_id: 'as2', org_id: 'o1', team_id: 't1', activity_id: 'act2', title: 'Prices', assigned_by: 'm1', assigned_at: '2026-10-01T00:00:00.000Z', due_at: '2026-10-30T00:00:00.000Z', required: false },
    { assignment_id: 'as3', org_id: 'o1', team_id: 't1', activity_id: 'act2', title: 'Late', assigned_by: 'm1', assigned_at: '2026-10-13T00:00:00.000Z', due_at: '2026-10-16T00:00:00.000Z', required: true },
  ],
  assignment_assignees: [
    { assignment_id: 'as1', org_id: 'o1', user_id: 'l1' },
    { assignment_id: 'as1', org_id: 'o1', user_id: 'l2' },
    { assignment_id: 'as2', org_id: 'o1', user_id: 'l1' },
    { assignment_id: 'as2', org_id: 'o1', user_id: 'l2' },
    { assignment_id: 'as3', org_id: 'o1', user_id: 'l1' },
    { assignment_id: 'as3', org_id: 'o1', user_id: 'l2' },
  ],
  attempts: [
    attempt('x7', 'o1', 'l1', 'act1', 60, 100, '2026-09-21T10:00:00.000Z', true),
    attempt('x5', 'o1', 'l3', 'act2', 85, 100, '2026-09-20T10:00:00.000Z', true),
    attempt('x1', 'o1', 'l1', 'act1', 80, 600, '2026-10-05T22:30:00.000Z', true, [300, 700]),
    attempt('x8', 'o2', 'l4', 'act3', 99, 60, '2026-10-10T10:00:00.000Z', true),
    attempt('x2', 'o1', 'l1', 'act2', 90, 300, '2026-10-12T08:00:00.000Z', true),
    attempt('x3', 'o1', 'l2', 'act1', 85, 400, '2026-10-13T09:00:00.000Z', true, [500, 500]),
    attempt('x4', 'o1', 'l2', 'act1', null, null, '2026-10-14T09:00:00.000Z', false),
    attempt('x6', 'o1', 'l3', 'act1', 70, 200, '2026-10-19T10:00:00.000Z', true),
  ],
  sessions: [
    { session_id: 's1', org_id: 'o1', user_id: 'l1', session_start: '2026-10-05T22:30:00.000Z', session_end: '2026-10-05T23:30:00.000Z', duration_seconds: 3600, total_events: 3 },
    { session_id: 's2', org_id: 'o1', user_id: 'l2', session_start: '2026-10-13T09:00:00.000Z', session_end: '2026-10-13T09:30:00.000Z', duration_seconds: 1800, total_events: 1 },
  ],
  events: [
    { event_id: 'e1', org_id: 'o1', user_id: 'l1', session_id: 's1', attempt_id: 'x1', activity_id: 'act1', event_type: 'filler_word', occurred_at: '2026-10-05T22:35:00.000Z', payload: '{"word":"um"}' },
    { event_id: 'e2', org_id: 'o1', user_id: 'l1', session_id: 's1', attempt_id: 'x1', activity_id: 'act1', event_type: 'filler_word', occurred_at: '2026-10-05T22:36:00.000Z', payload: '{"word":"uh, like"}' },
    { event_id: 'e3', org_id: 'o1', user_id: 'l1', session_id: 's1', attempt_id: null, activity_id: null, event_type: 'lesson_complete', occurred_at: '2026-10-05T23:00:00.000Z', payload: '{}' },
    { event_id: 'e4', org_id: 'o1', user_id: 'l2', session_id: 's2', attempt_id: 'x3', activity_id: 'act1', event_type: 'filler_word', occurred_at: '2026-10-13T09:02:00.000Z', payload: '{}' },
  ],
  mastery_deltas: [
    { delta_id: 'd1', org_id: 'o1', user_id: 'l1', content_id: 'act1', content_type: 'scenario', previous_mastery: 0.2, current_mastery: 0.4, mastery_delta: 0.2, confidence_score: 0.5, evidence_count: 2, session_id: 's1', occurred_at: '2026-10-06T08:00:00.000Z' },
    { delta_id: 'd2', org_id: 'o1', user_id: 'l2', content_id: 'act1', content_type: 'scenario', previous_mastery: 0.3, current_mastery: 0.6, mastery_delta: 0.3, confidence_score: 0.7, evidence_count: 1, session_id: 's2', occurred_at: '2026-10-07T08:00:00.000Z' },
  ],
  question_flags: [],
  tutoring_sessions: [],
  ai_usage_log: [],
  spaced_repetition: [],
};
