// The conformance dataset: the generated one every adapter is compared on, plus two hand-built orgs for what random
// data rarely produces: an org with members and no facts at all, and one whose scores, names, durations and start
// times tie, with attempts on both sides of the European DST change (2026-10-25, 01:00 UTC) and in its repeated hour.
import type {
  Activity,
  AiUsage,
  Assignment,
  AssignmentAssignee,
  Attempt,
  LearnerEvent,
  LearningSession,
  MasteryDelta,
  Org,
  QuestionFlag,
  SpacedRepetition,
  TableName,
  Team,
  TutoringSession,
  User,
} from '@learnlens/data-client';
import { createMockDataset, datasetFromRows, tableRows, type DatasetRows, type MockDataset } from '@learnlens/mock';
import { timeZoneRows } from './timeZoneData.js';

/** The `now` every parameter set uses unless it names its own. */
export const NOW = '2026-10-29T15:30:00.000Z';
/** The org with members but no activities, attempts, events or assignments. */
export const EMPTY_ORG = 'org-empty';
/** The org of hand-made tied scores. */
export const TIES_ORG = 'org-ties';

function user(id: string, org: string, team: string | null, role: User['role'], name: string): User {
  const email = `${id}@${org}.example`;
  return { user_id: id, org_id: org, team_id: team, role, display_name: name, email, plan: 'starter', created_at: '2026-01-05T10:00:00.000Z' };
}

function attempt(id: string, userId: string, activity: string, startedAt: string, score: number | null, duration: number | null, extra: Partial<Attempt> = {}): Attempt {
  const ended = duration === null ? null : new Date(Date.parse(startedAt) + duration * 1000).toISOString();
  return {
    attempt_id: id,
    org_id: TIES_ORG,
    user_id: userId,
    activity_id: activity,
    score,
    duration_seconds: duration,
    talk_ms: null,
    listen_ms: null,
    started_at: startedAt,
    ended_at: ended,
    goal_band: null,
    task1_band: null,
    task2_band: null,
    ...extra,
  };
}

function emptyOrg(): Partial<DatasetRows> {
  const team = `${EMPTY_ORG}-team`;
  return {
    orgs: [{ org_id: EMPTY_ORG, name: 'Quiet Academy', timezone: 'UTC', score_scale: 'percent' }],
    teams: [{ team_id: team, org_id: EMPTY_ORG, name: 'Team Quiet', manager_id: `${EMPTY_ORG}-manager` }],
    users: [
      user(`${EMPTY_ORG}-admin`, EMPTY_ORG, null, 'admin', 'Quinn Admin'),
      user(`${EMPTY_ORG}-manager`, EMPTY_ORG, team, 'manager', 'Mo Manager'),
      user(`${EMPTY_ORG}-l1`, EMPTY_ORG, team, 'learner', 'Lee One'),
      user(`${EMPTY_ORG}-l2`, EMPTY_ORG, team, 'learner', 'Lee Two'),
    ],
  };
}

function tiesOrg(): Partial<DatasetRows> {
  const team = 'ties-team';
  const act1 = 'ties-act-1';
  const act2 = 'ties-act-2';
  // Equal in exact arithmetic, not in floats: the same scores in opposite orders average to 1.5333…34 and 1.5333…32.
  const act3 = 'ties-act-3';
  const act4 = 'ties-act-4';
  const activity = (id: string, title: string): Activity => ({
    activity_id: id,
    org_id: TIES_ORG,
    title,
    kind: 'scenario',
    difficulty: 'medium',
    category: 'Ties',
    score_scale: 'percent',
  });
  const session = (id: string, userId: string, start: string, seconds: number, events: number): LearningSession => ({
    session_id: id,
    org_id: TIES_ORG,
    user_id: userId,
    session_start: start,
    session_end: new Date(Date.parse(start) + seconds * 1000).toISOString(),
    duration_seconds: seconds,
    total_events: events,
  });
  const event = (id: string, userId: string, sessionId: string, attemptId: string | null, activityId: string | null, type: string, at: string, payload = '{}'): LearnerEvent => ({
    event_id: id,
    org_id: TIES_ORG,
    user_id: userId,
    session_id: sessionId,
    attempt_id: attemptId,
    activity_id: activityId,
    event_type: type,
    occurred_at: at,
    payload,
  });
  const mastery = (id: string, userId: string, previous: number, current: number, confidence: number, sessionId: string, at: string): MasteryDelta => ({
    delta_id: id,
    org_id: TIES_ORG,
    user_id: userId,
    content_id: act1,
    content_type: 'scenario',
    previous_mastery: previous,
    current_mastery: current,
    mastery_delta: Math.round((current - previous) * 100) / 100,
    confidence_score: confidence,
    evidence_count: 2,
    session_id: sessionId,
    occurred_at: at,
  });
  const assignment = (id: string, activityId: string, required: boolean): Assignment => ({
    assignment_id: id,
    org_id: TIES_ORG,
    team_id: team,
    activity_id: activityId,
    title: `Practice ${activityId}`,
    assigned_by: 'ties-manager',
    assigned_at: '2026-10-01T08:00:00.000Z',
    due_at: '2026-10-20T17:00:00.000Z',
    required,
  });
  const assignee = (assignmentId: string, userId: string): AssignmentAssignee => ({ assignment_id: assignmentId, org_id: TIES_ORG, user_id: userId });
  const talk = (talkMs: number, listenMs: number): Partial<Attempt> => ({ talk_ms: talkMs, listen_ms: listenMs });
  return {
    orgs: [{ org_id: TIES_ORG, name: 'Tied Scores Institute', timezone: 'Europe/Berlin', score_scale: 'percent' }],
    teams: [{ team_id: team, org_id: TIES_ORG, name: 'Team Even', manager_id: 'ties-manager' }],
    users: [
      user('ties-admin', TIES_ORG, null, 'admin', 'Ada Admin'),
      user('ties-manager', TIES_ORG, team, 'manager', 'Max Manager'),
      // Two learners share a name, so sorting by name has ties too.
      user('ties-a', TIES_ORG, team, 'learner', 'Sam Lee'),
      user('ties-b', TIES_ORG, team, 'learner', 'Sam Lee'),
      user('ties-c', TIES_ORG, team, 'learner', 'Ana Ruiz'),
      user('ties-d', TIES_ORG, team, 'learner', 'Bo Chen'),
      user('ties-e', TIES_ORG, team, 'learner', 'Eve Park'),
    ],
    activities: [activity(act1, 'Even match'), activity(act2, 'Second round'), activity(act3, 'Noisy draw'), activity(act4, 'Noisy draw, reversed')],
    // This month: a and c average 70, b and d 65; last month a and b tie at 75 behind d.
    attempts: [
      attempt('ties-at-01', 'ties-a', act1, '2026-10-05T09:00:00.000Z', 80, 600, { ...talk(300_000, 300_000), goal_band: 7, task1_band: 6.5, task2_band: 7 }),
      attempt('ties-at-02', 'ties-a', act2, '2026-10-06T09:00:00.000Z', 60, 600, talk(0, 0)),
      attempt('ties-at-03', 'ties-b', act1, '2026-10-06T09:00:00.000Z', 70, 600, { ...talk(200_000, 600_000), task1_band: 6 }),
      attempt('ties-at-04', 'ties-c', act1, '2026-10-07T12:00:00.000Z', 90, 300, talk(300_000, 300_000)),
      attempt('ties-at-05', 'ties-c', act2, '2026-10-08T12:00:00.000Z', 50, 900),
      attempt('ties-at-06', 'ties-d', act1, '2026-10-08T12:00:00.000Z', 65, null),
      attempt('ties-at-07', 'ties-d', act2, '2026-10-09T15:00:00.000Z', null, 100),
      attempt('ties-at-08', 'ties-b', act2, '2026-10-24T22:00:00.000Z', 70, 600),
      attempt('ties-at-09', 'ties-a', act1, '2026-10-25T23:00:00.000Z', 70, 600),
      attempt('ties-at-10', 'ties-c', act1, '2026-10-25T00:30:00.000Z', 70, 300),
      attempt('ties-at-11', 'ties-d', act1, '2026-10-25T01:30:00.000Z', 65, 300),
      attempt('ties-at-12', 'ties-a', act1, '2026-09-10T10:00:00.000Z', 75, 600),
      attempt('ties-at-13', 'ties-b', act1, '2026-09-11T10:00:00.000Z', 75, 600),
      attempt('ties-at-14', 'ties-d', act2, '2026-09-12T10:00:00.000Z', 80, 600),
      attempt('ties-at-15', 'ties-b', act2, '2026-10-05T09:00:00.000Z', 55, 600),
      // July, out of every leaderboard period: averages, deviations and medians that tie only up to float noise (the
      // lower id has the larger float average), so every float sort key must tie them and fall to the activity id.
      // Their bands make near ties in bandProgress: overall bands of 6.745 (c: 6.74, 6.75) and 6.7533… (d: 6.75, 6.75,
      // 6.76) both show as 6.75, as a's 6.75 does, so the three tie on the band shown and fall to the id (a, c, d),
      // where their unrounded averages would order them d, a, c.
      ...[1.1, 2.2, 1.3].map((score, i) =>
        attempt(`ties-at-3${i}`, 'ties-c', act3, `2026-07-0${i + 1}T09:00:00.000Z`, score, 300, { task1_band: i < 2 ? [6.74, 6.75][i]! : null }),
      ),
      ...[1.3, 2.2, 1.1].map((score, i) =>
        attempt(`ties-at-4${i}`, 'ties-d', act4, `2026-07-0${i + 1}T10:00:00.000Z`, score, 300, { task1_band: 6.75, task2_band: [6.75, 6.75, 6.77][i]! }),
      ),
    ],
    sessions: [
      session('ties-s-1', 'ties-a', '2026-10-05T08:55:00.000Z', 1500, 3),
      session('ties-s-2', 'ties-b', '2026-10-24T21:50:00.000Z', 2400, 2),
      session('ties-s-3', 'ties-c', '2026-10-25T00:20:00.000Z', 900, 1),
    ],
    events: [
      event('ties-e-1', 'ties-a', 'ties-s-1', 'ties-at-01', act1, 'filler_word', '2026-10-05T09:01:00.000Z'),
      event('ties-e-2', 'ties-a', 'ties-s-1', 'ties-at-01', act1, 'filler_word', '2026-10-05T09:02:00.000Z'),
      event('ties-e-3', 'ties-a', 'ties-s-1', null, null, 'lesson_complete', '2026-10-05T09:15:00.000Z'),
      event('ties-e-4', 'ties-b', 'ties-s-2', 'ties-at-08', act2, 'filler_word', '2026-10-24T22:05:00.000Z'),
      event('ties-e-5', 'ties-b', 'ties-s-2', null, null, 'question_asked', '2026-10-24T21:55:00.000Z'),
      event('ties-e-6', 'ties-c', 'ties-s-3', 'ties-at-10', act1, 'filler_word', '2026-10-25T00:35:00.000Z'),
      // Seed 001's dashboards: starts and completions of each kind, scores that are and are not numbers, an error in a
      // session that spans local midnight, and two events of one visit in the same second.
      event('ties-e-7', 'ties-c', 'ties-s-3', null, act2, 'assessment_start', '2026-10-25T00:25:00.000Z'),
      event('ties-e-8', 'ties-c', 'ties-s-3', null, act2, 'assessment_complete', '2026-10-25T00:33:00.000Z', '{"score":72.5}'),
      event('ties-e-9', 'ties-b', 'ties-s-2', null, null, 'error', '2026-10-24T22:15:00.000Z', '{"message":"timeout"}'),
      event('ties-e-10', 'ties-a', 'ties-s-1', null, act1, 'lesson_start', '2026-10-05T08:56:00.000Z'),
      event('ties-e-11', 'ties-a', 'ties-s-1', null, act1, 'assessment_complete', '2026-10-05T09:20:00.000Z', '{"score":null}'),
      event('ties-e-12', 'ties-b', 'ties-s-2', null, act2, 'assessment_complete', '2026-10-24T22:20:00.000Z', '{"score":"90"}'),
      event('ties-e-13', 'ties-b', 'ties-s-2', null, act2, 'lesson_complete', '2026-10-24T22:20:00.000Z', '{"score":64}'),
    ],
    mastery_deltas: [
      mastery('ties-m-1', 'ties-a', 0.4, 0.6, 0.8, 'ties-s-1', '2026-10-05T09:10:00.000Z'),
      mastery('ties-m-2', 'ties-b', 0.4, 0.6, 0.8, 'ties-s-2', '2026-10-24T22:10:00.000Z'),
      mastery('ties-m-3', 'ties-c', 0.6, 0.6, 0.5, 'ties-s-3', '2026-10-25T00:40:00.000Z'),
    ],
    assignments: [assignment('ties-asg-1', act1, true), assignment('ties-asg-2', act2, false)],
    assignment_assignees: [
      ...['ties-a', 'ties-b', 'ties-c', 'ties-d', 'ties-e'].map((u) => assignee('ties-asg-1', u)),
      assignee('ties-asg-2', 'ties-a'),
      assignee('ties-asg-2', 'ties-e'),
    ],
  };
}

let cached: MockDataset | undefined;

/** The conformance dataset (built once): seed 7, 3 orgs × 14 learners, teams of 7, 90 days, plus the three extra orgs. */
export function conformanceDataset(): MockDataset {
  if (cached) return cached;
  const generated = createMockDataset({ endDate: '2026-11-01', seed: 7, orgs: 3, learnersPerOrg: 14, teamSize: 7, days: 90 });
  const extras = [emptyOrg(), tiesOrg(), timeZoneRows()];
  const table = <T>(name: TableName & keyof DatasetRows): T[] => [
    ...(tableRows(generated, name) as Iterable<T>),
    ...extras.flatMap((e) => (e[name] ?? []) as T[]),
  ];
  cached = datasetFromRows({
    orgs: table<Org>('orgs'),
    teams: table<Team>('teams'),
    users: table<User>('users'),
    activities: table<Activity>('activities'),
    assignments: table<Assignment>('assignments'),
    assignment_assignees: table<AssignmentAssignee>('assignment_assignees'),
    attempts: table<Attempt>('attempts'),
    sessions: table<LearningSession>('sessions'),
    events: table<LearnerEvent>('events'),
    mastery_deltas: table<MasteryDelta>('mastery_deltas'),
    question_flags: table<QuestionFlag>('question_flags'),
    tutoring_sessions: table<TutoringSession>('tutoring_sessions'),
    ai_usage_log: table<AiUsage>('ai_usage_log'),
    spaced_repetition: table<SpacedRepetition>('spaced_repetition'),
  });
  return cached;
}
