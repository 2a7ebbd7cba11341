import type { Activity, LearnerEvent, LearningSession, MasteryDelta, User } from '@learnlens/data-client';
import { datasetFromRows } from '../dataset/fromRows.js';

// Seed 001's dashboards worked out on paper: one org ("o"), team t (manager m: learners l1, l2), admin a, and another
// org whose learner must never show. Times are UTC; "now" is 2026-03-12 12:00.
//
// s1 (l1, 03-02 10:00, 600 s, 4 events): page view, lesson start 10:01, lesson complete 10:06 (score 80), error 10:08.
// s2 (l2, 03-02 23:50, 1200 s, 3 events, over midnight): assessment start 23:52, complete 03-03 00:05 (score 90),
//   start again 00:06 (never completed).
// s3 (l1, 03-10 09:00, 30 s, 2 events): assessment start 09:00:00, complete 09:00:30 (score "70": text, not a number).

/** The fixture's reproducible "now". */
export const EVENTS_NOW = '2026-03-12T12:00:00.000Z';

const user = (user_id: string, org_id: string, team_id: string | null, role: User['role']): User => ({
  user_id,
  org_id,
  team_id,
  role,
  display_name: user_id,
  email: `${user_id}@example.test`,
  plan: 'starter',
  created_at: '2026-01-01T00:00:00.000Z',
});
const activity = (activity_id: string, org_id: string, kind: Activity['kind']): Activity => ({
  activity_id,
  org_id,
  title: activity_id,
  kind,
  difficulty: 'easy',
  category: 'c',
  score_scale: 'percent',
});
const session = (session_id: string, user_id: string, start: string, seconds: number, total: number, org_id = 'o'): LearningSession => ({
  session_id,
  org_id,
  user_id,
  session_start: start,
  session_end: new Date(Date.parse(start) + seconds * 1000).toISOString(),
  duration_seconds: seconds,
  total_events: total,
});
const event = (event_id: string, user_id: string, session_id: string, activity_id: string | null, event_type: string, occurred_at: string, payload = '{}', org_id = 'o'): LearnerEvent => ({
  event_id,
  org_id,
  user_id,
  session_id,
  attempt_id: null,
  activity_id,
  event_type,
  occurred_at,
  payload,
});
const delta = (delta_id: string, user_id: string, content_id: string, previous: number, current: number, occurred_at: string, org_id = 'o'): MasteryDelta => ({
  delta_id,
  org_id,
  user_id,
  content_id,
  content_type: content_id === 'act_l' ? 'lesson' : 'assessment',
  previous_mastery: previous,
  current_mastery: current,
  mastery_delta: Math.round((current - previous) * 1e4) / 1e4,
  confidence_score: 0.5,
  evidence_count: 3,
  session_id: 's1',
  occurred_at,
});

/** The dataset of the worked example. */
export const eventsDataset = () =>
  datasetFromRows({
    orgs: [
      { org_id: 'o', name: 'O', timezone: 'UTC', score_scale: 'percent' },
      { org_id: 'x', name: 'X', timezone: 'UTC', score_scale: 'percent' },
    ],
    teams: [{ team_id: 't', org_id: 'o', name: 'T', manager_id: 'm' }],
    users: [user('a', 'o', null, 'admin'), user('m', 'o', 't', 'manager'), user('l1', 'o', 't', 'learner'), user('l2', 'o', 't', 'learner'), user('xl', 'x', null, 'learner')],
    activities: [activity('act_l', 'o', 'lesson'), activity('act_q', 'o', 'assessment'), activity('act_x', 'x', 'lesson')],
    attempts: [],
    sessions: [
      session('s1', 'l1', '2026-03-02T10:00:00.000Z', 600, 4),
      session('s2', 'l2', '2026-03-02T23:50:00.000Z', 1200, 3),
      session('s3', 'l1', '2026-03-10T09:00:00.000Z', 30, 2),
      session('sx', 'xl', '2026-03-02T10:00:00.000Z', 60, 1, 'x'),
    ],
    events: [
      event('e1', 'l1', 's1', null, 'page_view', '2026-03-02T10:00:00.000Z', '{"page":"/home"}'),
      event('e2', 'l1', 's1', 'act_l', 'lesson_start', '2026-03-02T10:01:00.000Z'),
      event('e3', 'l1', 's1', 'act_l', 'lesson_complete', '2026-03-02T10:06:00.000Z', '{"score":80}'),
      event('e4', 'l1', 's1', null, 'error', '2026-03-02T10:08:00.000Z', '{"message":"timeout"}'),
      event('e5', 'l2', 's2', 'act_q', 'assessment_start', '2026-03-02T23:52:00.000Z'),
      event('e6', 'l2', 's2', 'act_q', 'assessment_complete', '2026-03-03T00:05:00.000Z', '{"score":90}'),
      event('e7', 'l2', 's2', 'act_q', 'assessment_start', '2026-03-03T00:06:00.000Z'),
      event('e8', 'l1', 's3', 'act_q', 'assessment_start', '2026-03-10T09:00:00.000Z'),
      event('e9', 'l1', 's3', 'act_q', 'assessment_complete', '2026-03-10T09:00:30.000Z', '{"score":"70"}'),
      event('ex', 'xl', 'sx', 'act_x', 'lesson_complete', '2026-03-02T10:00:30.000Z', '{"score":10}', 'x'),
    ],
    mastery_deltas: [
      delta('d1', 'l1', 'act_l', 0.5, 0.85, '2026-03-02T10:06:00.000Z'),
      delta('d2', 'l1', 'act_q', 0.7, 0.82, '2026-03-03T08:00:00.000Z'),
      delta('d3', 'l1', 'act_q', 0.82, 0.9, '2026-03-10T09:00:30.000Z'),
      delta('d4', 'l2', 'act_q', 0.79, 0.8, '2026-03-03T00:05:00.000Z'),
      delta('d5', 'l2', 'act_l', 0.9, 0.7, '2026-03-03T00:06:00.000Z'),
      delta('dx', 'xl', 'act_x', 0.1, 0.95, '2026-03-02T10:00:30.000Z', 'x'),
    ],
  });
