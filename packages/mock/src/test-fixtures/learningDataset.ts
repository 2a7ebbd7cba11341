import {
  catalog,
  type Activity,
  type AdapterRequest,
  type Assignment,
  type Attempt,
  type LearnerEvent,
  type LearningSession,
  type MasteryDelta,
  type QueryName,
  type QueryParams,
  type QueryParamsInput,
  type User,
  type Viewer,
} from '@learnlens/data-client';
import { datasetFromRows } from '../dataset/fromRows.js';
import { createContext, type EngineContext } from '../engine/context.js';
import { resolveScope } from '../engine/scope.js';

// A small hand-built dataset whose numbers can be worked out on paper. Org A holds everything; org B has
// one learner whose rows must never show up for org A; org E has nobody but its admin.
//
// "Now" is Wednesday 2026-10-14 12:00 UTC. Several rows sit a little before or after a UTC midnight, so
// that in Asia/Tokyo (UTC+9, no daylight saving) they fall on the next day, and in America/New_York (UTC−4
// in October) on the previous one.
//
// Org A: team red (manager m_red: learners u_ana, u_ben), team blue (manager m_blue: u_cy, u_dee), admin_a.
// Activities: act_call (scenario), act_quiz (assessment), act_lesson (lesson).

/** The fixture's reproducible "now". */
export const NOW = '2026-10-14T12:00:00Z';

const created = '2026-01-01T00:00:00Z';
const user = (user_id: string, org_id: string, team_id: string | null, role: User['role']): User => ({
  user_id,
  org_id,
  team_id,
  role,
  display_name: `Name of ${user_id}`,
  email: `${user_id}@example.test`,
  plan: 'starter',
  created_at: created,
});

const activity = (activity_id: string, org_id: string, kind: Activity['kind'], title: string): Activity => ({
  activity_id,
  org_id,
  title,
  kind,
  difficulty: 'medium',
  category: 'general',
  score_scale: 'percent',
});

const attempt = (
  attempt_id: string,
  user_id: string,
  activity_id: string,
  score: number | null,
  started_at: string,
  ended_at: string | null,
  org_id = 'org_a',
): Attempt => ({
  attempt_id,
  org_id,
  user_id,
  activity_id,
  score,
  duration_seconds: null,
  talk_ms: null,
  listen_ms: null,
  started_at,
  ended_at,
  goal_band: null,
  task1_band: null,
  task2_band: null,
});

const session = (session_id: string, user_id: string, start: string, seconds: number, org_id = 'org_a'): LearningSession => ({
  session_id,
  org_id,
  user_id,
  session_start: start,
  session_end: new Date(Date.parse(start) + seconds * 1000).toISOString(),
  duration_seconds: seconds,
  total_events: 0,
});

const event = (
  event_id: string,
  user_id: string,
  session_id: string,
  attempt_id: string | null,
  activity_id: string | null,
  event_type: string,
  occurred_at: string,
  org_id = 'org_a',
): LearnerEvent => ({ event_id, org_id, user_id, session_id, attempt_id, activity_id, event_type, occurred_at, payload: '{}' });

const delta = (
  delta_id: string,
  user_id: string,
  content_id: string,
  previous: number,
  current: number,
  confidence: number,
  occurred_at: string,
  org_id = 'org_a',
): MasteryDelta => ({
  delta_id,
  org_id,
  user_id,
  content_id,
  content_type: content_id === 'act_lesson' ? 'lesson' : content_id === 'act_quiz' ? 'assessment' : 'scenario',
  previous_mastery: previous,
  current_mastery: current,
  mastery_delta: Math.round((current - previous) * 1e6) / 1e6,
  confidence_score: confidence,
  evidence_count: 1,
  session_id: 'S1',
  occurred_at,
});

const assignment = (
  assignment_id: string,
  team_id: string,
  activity_id: string,
  title: string,
  assigned_at: string,
  due_at: string,
  org_id = 'org_a',
): Assignment => ({ assignment_id, org_id, team_id, activity_id, title, assigned_by: 'm_red', assigned_at, due_at, required: true });

/** The rows, for tests that want to look something up. */
export const learningRows = {
  orgs: [
    { org_id: 'org_a', name: 'Org A', timezone: 'UTC', score_scale: 'percent' as const },
    { org_id: 'org_b', name: 'Org B', timezone: 'UTC', score_scale: 'percent' as const },
    { org_id: 'org_e', name: 'Org E', timezone: 'UTC', score_scale: 'percent' as const },
  ],
  teams: [
    { team_id: 'team_red', org_id: 'org_a', name: 'Red', manager_id: 'm_red' },
    { team_id: 'team_blue', org_id: 'org_a', name: 'Blue', manager_id: 'm_blue' },
  ],
  users: [
    user('admin_a', 'org_a', null, 'admin'),
    user('m_red', 'org_a', 'team_red', 'manager'),
    user('m_blue', 'org_a', 'team_blue', 'manager'),
    user('u_ana', 'org_a', 'team_red', 'learner'),
    user('u_ben', 'org_a', 'team_red', 'learner'),
    user('u_cy', 'org_a', 'team_blue', 'learner'),
    user('u_dee', 'org_a', 'team_blue', 'learner'),
    user('admin_b', 'org_b', null, 'admin'),
    user('u_zed', 'org_b', null, 'learner'),
    user('admin_e', 'org_e', null, 'admin'),
  ],
  activities: [
    activity('act_call', 'org_a', 'scenario', 'Cold call'),
    activity('act_quiz', 'org_a', 'assessment', 'Product quiz'),
    activity('act_lesson', 'org_a', 'lesson', 'Objections 101'),
    activity('act_b', 'org_b', 'scenario', 'Org B call'),
  ],
  attempts: [
    // u_ana: A1 exactly 7 days before now; A2/A3 straddle the Tokyo midnight; A5 never ended; A6 is after now.
    attempt('A1', 'u_ana', 'act_call', 70, '2026-10-07T12:00:00Z', '2026-10-07T12:10:00Z'),
    attempt('A2', 'u_ana', 'act_call', 80, '2026-10-12T14:30:00Z', '2026-10-12T14:50:00Z'),
    attempt('A3', 'u_ana', 'act_call', null, '2026-10-12T15:30:00Z', '2026-10-12T15:40:00Z'),
    attempt('A4', 'u_ana', 'act_quiz', 90, '2026-10-13T10:00:00Z', '2026-10-13T10:20:00Z'),
    attempt('A5', 'u_ana', 'act_lesson', null, '2026-10-14T08:00:00Z', null),
    attempt('A6', 'u_ana', 'act_quiz', 60, '2026-10-14T13:00:00Z', '2026-10-14T13:10:00Z'),
    // u_ben: UTC days 12, 13, 14 but Tokyo days 13, 13, 14.
    attempt('B1', 'u_ben', 'act_call', 50, '2026-10-12T16:00:00Z', '2026-10-12T16:15:00Z'),
    attempt('B2', 'u_ben', 'act_quiz', 40, '2026-10-13T14:00:00Z', '2026-10-13T14:30:00Z'),
    attempt('B3', 'u_ben', 'act_call', 65, '2026-10-14T02:00:00Z', '2026-10-14T02:20:00Z'),
    // u_cy: last attempt yesterday.
    attempt('C1', 'u_cy', 'act_quiz', 100, '2026-10-09T09:00:00Z', '2026-10-09T09:30:00Z'),
    attempt('C2', 'u_cy', 'act_lesson', 75, '2026-10-12T09:00:00Z', '2026-10-12T09:30:00Z'),
    attempt('C3', 'u_cy', 'act_lesson', 85, '2026-10-13T09:00:00Z', '2026-10-13T09:30:00Z'),
    // u_dee: D2 starts on Sunday 10-11 (UTC) and its filler word happens on Monday 10-12.
    attempt('D1', 'u_dee', 'act_call', 55, '2026-10-05T10:00:00Z', '2026-10-05T10:20:00Z'),
    attempt('D2', 'u_dee', 'act_call', 45, '2026-10-11T23:50:00Z', '2026-10-12T00:20:00Z'),
    attempt('Z1', 'u_zed', 'act_b', 99, '2026-10-13T09:00:00Z', '2026-10-13T09:10:00Z', 'org_b'),
  ],
  sessions: [
    session('S1', 'u_ana', '2026-10-12T14:20:00Z', 5400),
    session('S2', 'u_ben', '2026-10-12T15:50:00Z', 2400),
    session('S3', 'u_ana', '2026-10-13T09:50:00Z', 2400),
    session('S4', 'u_cy', '2026-10-13T08:50:00Z', 3000),
    session('S5', 'u_ana', '2026-10-14T07:50:00Z', 1800), // no events
    session('S6', 'u_ben', '2026-10-13T13:50:00Z', 3000),
    session('S7', 'u_dee', '2026-10-11T23:45:00Z', 2100),
    session('SZ', 'u_zed', '2026-10-13T08:55:00Z', 900, 'org_b'),
  ],
  events: [
    event('E1', 'u_ana', 'S1', null, null, 'page_view', '2026-10-12T14:25:00Z'),
    event('E2', 'u_ana', 'S1', 'A2', 'act_call', 'filler_word', '2026-10-12T14:35:00Z'),
    event('E3', 'u_ana', 'S1', 'A2', 'act_call', 'filler_word', '2026-10-12T14:40:00Z'),
    event('E4', 'u_ana', 'S1', 'A3', 'act_call', 'filler_word', '2026-10-12T15:35:00Z'),
    event('E5', 'u_ana', 'S1', null, 'act_lesson', 'lesson_complete', '2026-10-12T15:45:00Z'),
    event('E6', 'u_ben', 'S2', 'B1', 'act_call', 'filler_word', '2026-10-12T16:05:00Z'),
    event('E7', 'u_ben', 'S2', null, null, 'page_view', '2026-10-12T15:55:00Z'),
    event('E8', 'u_ana', 'S3', 'A4', 'act_quiz', 'assessment_complete', '2026-10-13T10:15:00Z'),
    event('E9', 'u_cy', 'S4', null, 'act_lesson', 'lesson_complete', '2026-10-13T09:20:00Z'),
    event('E10', 'u_cy', 'S4', null, 'act_lesson', 'filler_word', '2026-10-13T09:25:00Z'), // no attempt
    event('E11', 'u_ben', 'S6', 'B2', 'act_quiz', 'filler_word', '2026-10-13T14:05:00Z'),
    event('E12', 'u_dee', 'S7', 'D2', 'act_call', 'filler_word', '2026-10-12T00:10:00Z'),
    event('EZ', 'u_zed', 'SZ', 'Z1', 'act_b', 'filler_word', '2026-10-13T09:05:00Z', 'org_b'),
  ],
  mastery_deltas: [
    delta('M1', 'u_ana', 'act_lesson', 0.4, 0.5, 0.8, '2026-10-12T15:45:00Z'),
    delta('M2', 'u_ben', 'act_lesson', 0.5, 0.7, 0.6, '2026-10-13T12:00:00Z'),
    delta('M3', 'u_ana', 'act_lesson', 0.5, 0.6, 0.7, '2026-10-14T08:10:00Z'),
    delta('M4', 'u_cy', 'act_lesson', 0.2, 0.3, 0.5, '2026-10-09T10:00:00Z'),
    delta('M5', 'u_ana', 'act_quiz', 0.9, 0.98, 0.9, '2026-10-13T10:20:00Z'),
    delta('M6', 'u_cy', 'act_quiz', 0.95, 1, 0.95, '2026-10-13T09:40:00Z'),
    delta('MZ', 'u_zed', 'act_b', 0.1, 0.9, 0.9, '2026-10-13T09:00:00Z', 'org_b'),
  ],
  assignments: [
    // AS1: both done, ben after the due date (late). AS2: ben late again.
    assignment('AS1', 'team_red', 'act_call', 'Call basics', '2026-10-01T00:00:00Z', '2026-10-10T00:00:00Z'),
    assignment('AS2', 'team_red', 'act_quiz', 'Quiz week', '2026-10-12T00:00:00Z', '2026-10-13T12:00:00Z'),
    // AS3: cy late, dee never: past due, one overdue. Due at a UTC midnight (20:00 the day before in New York).
    assignment('AS3', 'team_blue', 'act_lesson', 'Lesson pack', '2026-10-05T00:00:00Z', '2026-10-12T00:00:00Z'),
    // AS4: upcoming; ben done early, ana's calls started before it was assigned.
    assignment('AS4', 'team_red', 'act_call', 'Call refresher', '2026-10-13T00:00:00Z', '2026-10-20T00:00:00Z'),
    // AS5: upcoming; ana's only lesson attempt never ended.
    assignment('AS5', 'team_red', 'act_lesson', 'Lesson intro', '2026-10-14T00:00:00Z', '2026-10-16T00:00:00Z'),
    // AS7: due in September.
    assignment('AS7', 'team_blue', 'act_quiz', 'Old quiz', '2026-09-01T00:00:00Z', '2026-09-15T00:00:00Z'),
    assignment('ASZ', 'team_red', 'act_b', 'Org B drill', '2026-10-01T00:00:00Z', '2026-10-10T00:00:00Z', 'org_b'),
  ],
  assignment_assignees: [
    { assignment_id: 'AS1', org_id: 'org_a', user_id: 'u_ana' },
    { assignment_id: 'AS1', org_id: 'org_a', user_id: 'u_ben' },
    { assignment_id: 'AS2', org_id: 'org_a', user_id: 'u_ana' },
    { assignment_id: 'AS2', org_id: 'org_a', user_id: 'u_ben' },
    { assignment_id: 'AS3', org_id: 'org_a', user_id: 'u_cy' },
    { assignment_id: 'AS3', org_id: 'org_a', user_id: 'u_dee' },
    { assignment_id: 'AS4', org_id: 'org_a', user_id: 'u_ana' },
    { assignment_id: 'AS4', org_id: 'org_a', user_id: 'u_ben' },
    { assignment_id: 'AS5', org_id: 'org_a', user_id: 'u_ana' },
    { assignment_id: 'AS7', org_id: 'org_a', user_id: 'u_cy' },
    { assignment_id: 'ASZ', org_id: 'org_b', user_id: 'u_zed' },
  ],
};

/** The fixture as a columnar dataset. */
export const learningDataset = datasetFromRows(learningRows);

/** Viewers of the fixture. */
export const viewers = {
  admin: { userId: 'admin_a', role: 'admin', orgId: 'org_a' },
  managerRed: { userId: 'm_red', role: 'manager', orgId: 'org_a' },
  managerBlue: { userId: 'm_blue', role: 'manager', orgId: 'org_a' },
  ana: { userId: 'u_ana', role: 'learner', orgId: 'org_a' },
  adminB: { userId: 'admin_b', role: 'admin', orgId: 'org_b' },
  adminEmpty: { userId: 'admin_e', role: 'admin', orgId: 'org_e' },
} satisfies Record<string, Viewer>;

/**
 * Validates `input` against the catalog (with `now` defaulting to NOW), resolves the viewer's scope and
 * builds the engine context, as the mock adapter does before it calls a query.
 */
export function contextFor<N extends QueryName>(
  name: N,
  viewer: Viewer,
  input: QueryParamsInput<N>,
): { ctx: EngineContext; params: QueryParams<N> } {
  const params = catalog[name].params.parse({ now: NOW, ...input }) as QueryParams<N>;
  const p = params as { userIds?: string[]; userId?: string; teamId?: string };
  const userIds = [...(p.userIds ?? []), ...(p.userId ? [p.userId] : [])];
  const scope = resolveScope(learningDataset, { viewer, userIds, teamId: p.teamId });
  const request = { name, params, scope } as AdapterRequest;
  return { ctx: createContext(learningDataset, request, catalog[name].showsPeers), params };
}
