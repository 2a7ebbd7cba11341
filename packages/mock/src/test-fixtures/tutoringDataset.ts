import {
  catalog,
  type Activity,
  type AdapterRequest,
  type Attempt,
  type QueryName,
  type QueryParams,
  type QueryParamsInput,
  type QuestionFlag,
  type SpacedRepetition,
  type TutoringSession,
  type User,
  type Viewer,
} from '@learnlens/data-client';
import { datasetFromRows } from '../dataset/fromRows.js';
import { createContext, type EngineContext } from '../engine/context.js';
import { resolveScope } from '../engine/scope.js';

// A hand-built tutoring org (seed 003) whose numbers can be worked out on paper.
//
// Org T: tutor t_kim manages class k (learners s_amy, s_bo), tutor t_lee manages class l (learner s_cal); admin_t.
// s_amy and s_bo are in cohort c1 (2026), s_cal has no cohort. Questions q_alg1, q_alg2 (topic algebra), q_geo
// (topic geometry), and a lesson l_intro that no question query may count. "Now" is 2026-10-20 12:00 UTC.

/** The fixture's reproducible "now". */
export const TUTORING_NOW = '2026-10-20T12:00:00Z';

const user = (user_id: string, team_id: string | null, role: User['role'], cohort: string | null = null, year: number | null = null): User => ({
  user_id,
  org_id: 'org_t',
  team_id,
  role,
  display_name: `Name of ${user_id}`,
  email: `${user_id}@example.test`,
  plan: 'starter',
  created_at: '2026-01-01T00:00:00Z',
  cohort_id: cohort,
  academic_year: year,
});

const question = (activity_id: string, category: string, kind: Activity['kind'] = 'question'): Activity => ({
  activity_id,
  org_id: 'org_t',
  title: `Title of ${activity_id}`,
  kind,
  difficulty: 'medium',
  category,
  score_scale: 'binary',
});

const attempt = (attempt_id: string, user_id: string, activity_id: string, score: number | null, started_at: string, seconds: number | null = 60): Attempt => ({
  attempt_id,
  org_id: 'org_t',
  user_id,
  activity_id,
  score,
  duration_seconds: seconds,
  talk_ms: null,
  listen_ms: null,
  started_at,
  ended_at: new Date(Date.parse(started_at) + (seconds ?? 30) * 1000).toISOString(),
  goal_band: null,
  task1_band: null,
  task2_band: null,
});

const flag = (flag_id: string, user_id: string, activity_id: string, reason: QuestionFlag['reason'], status: QuestionFlag['status'], created_at: string): QuestionFlag => ({
  flag_id,
  org_id: 'org_t',
  activity_id,
  user_id,
  reason,
  status,
  created_at,
});

const session = (session_id: string, tutor_id: string, student_id: string, start: string | null): TutoringSession => ({
  session_id,
  org_id: 'org_t',
  tutor_id,
  student_id,
  scheduled_start: start ?? '2026-10-02T15:00:00.000Z',
  scheduled_end: new Date(Date.parse(start ?? '2026-10-02T15:00:00.000Z') + 3_600_000).toISOString(),
  actual_start: start,
  actual_end: start === null ? null : new Date(Date.parse(start) + 3_600_000).toISOString(),
  topics_covered: '[]',
});

const card = (card_id: string, user_id: string, activity_id: string, ease: number, last: string, next: string): SpacedRepetition => ({
  card_id,
  org_id: 'org_t',
  user_id,
  activity_id,
  ease_factor: ease,
  interval_days: 1,
  repetitions: 1,
  next_review_at: next,
  last_reviewed_at: last,
});

/** The fixture's rows. */
export const tutoringRows = {
  orgs: [{ org_id: 'org_t', name: 'Tutoring', timezone: 'UTC', score_scale: 'binary' as const }],
  teams: [
    { team_id: 'k', org_id: 'org_t', name: 'Class K', manager_id: 't_kim' },
    { team_id: 'l', org_id: 'org_t', name: 'Class L', manager_id: 't_lee' },
  ],
  users: [
    user('admin_t', null, 'admin'),
    user('t_kim', 'k', 'manager'),
    user('t_lee', 'l', 'manager'),
    user('s_amy', 'k', 'learner', 'c1', 2026),
    user('s_bo', 'k', 'learner', 'c1', 2026),
    user('s_cal', 'l', 'learner'),
  ],
  activities: [question('q_alg1', 'algebra'), question('q_alg2', 'algebra'), question('q_geo', 'geometry'), question('l_intro', 'algebra', 'lesson')],
  attempts: [
    // s_amy, algebra: wrong, wrong before the session of 2026-10-05; then four right after it (Monday 2026-10-05 week).
    attempt('a01', 's_amy', 'q_alg1', 0, '2026-09-28T10:00:00.000Z'),
    attempt('a02', 's_amy', 'q_alg2', 0, '2026-09-29T10:00:00.000Z', null),
    attempt('a03', 's_amy', 'q_alg1', 1, '2026-10-06T10:00:00.000Z'),
    attempt('a04', 's_amy', 'q_alg2', 1, '2026-10-06T11:00:00.000Z'),
    attempt('a05', 's_amy', 'q_alg1', 1, '2026-10-07T10:00:00.000Z'),
    attempt('a06', 's_amy', 'q_alg2', 1, '2026-10-07T11:00:00.000Z', 120),
    // s_amy, geometry: an ungraded answer (counts as submitted, not correct).
    attempt('a07', 's_amy', 'q_geo', null, '2026-10-07T12:00:00.000Z'),
    // s_bo: one right, one wrong; and a lesson (not a question) that must not count.
    attempt('a08', 's_bo', 'q_alg1', 1, '2026-09-30T10:00:00.000Z', 30),
    attempt('a09', 's_bo', 'q_geo', 0, '2026-10-08T10:00:00.000Z', 90),
    attempt('a10', 's_bo', 'l_intro', 1, '2026-10-08T11:00:00.000Z'),
    // s_cal: geometry, right.
    attempt('a11', 's_cal', 'q_geo', 1, '2026-10-09T10:00:00.000Z'),
  ],
  question_flags: [
    flag('f1', 's_amy', 'q_alg1', 'unclear_wording', 'open', '2026-09-28T10:05:00.000Z'),
    flag('f2', 's_bo', 'q_alg1', 'typo', 'resolved', '2026-09-30T10:05:00.000Z'),
    flag('f3', 's_cal', 'q_geo', 'incorrect_answer', 'open', '2026-10-09T10:05:00.000Z'),
    flag('f4', 's_bo', 'q_geo', 'incorrect_answer', 'dismissed', '2026-10-08T10:05:00.000Z'),
    // A flag on a question nobody in the period attempted (s_cal never answered q_alg2).
    flag('f5', 's_cal', 'q_alg2', 'too_difficult', 'open', '2026-10-10T10:05:00.000Z'),
  ],
  tutoring_sessions: [
    // Held: s_amy's two weeks before it hold 0 of 2 correct, the two weeks after its end 4 of 5 (a07 ungraded).
    session('ts1', 't_kim', 's_amy', '2026-10-05T15:00:00.000Z'),
    // Held, but its two weeks after have not ended by "now" (2026-10-20): not measured.
    session('ts2', 't_lee', 's_cal', '2026-10-08T15:00:00.000Z'),
    // A no-show: not conducted.
    session('ts3', 't_kim', 's_bo', null),
  ],
  assignments: [
    { assignment_id: 'as1', org_id: 'org_t', team_id: 'k', activity_id: 'q_alg1', title: 'Algebra 1', assigned_by: 't_kim', assigned_at: '2026-10-01T00:00:00.000Z', due_at: '2026-10-10T00:00:00.000Z', required: true },
    { assignment_id: 'as2', org_id: 'org_t', team_id: 'k', activity_id: 'q_geo', title: 'Geometry', assigned_by: 't_kim', assigned_at: '2026-10-01T00:00:00.000Z', due_at: '2026-10-10T00:00:00.000Z', required: true },
  ],
  assignment_assignees: [
    { assignment_id: 'as1', org_id: 'org_t', user_id: 's_amy' },
    { assignment_id: 'as1', org_id: 'org_t', user_id: 's_bo' },
    { assignment_id: 'as2', org_id: 'org_t', user_id: 's_bo' },
  ],
  spaced_repetition: [
    card('c1', 's_amy', 'q_alg1', 2.6, '2026-10-07T10:01:00.000Z', '2026-10-08T10:01:00.000Z'),
    card('c2', 's_amy', 'q_alg2', 2.4, '2026-10-07T11:02:00.000Z', '2026-10-20T11:02:00.000Z'),
    card('c3', 's_bo', 'q_alg1', 2.5, '2026-09-30T10:00:30.000Z', '2026-10-01T10:00:30.000Z'),
  ],
};

/** The fixture as a dataset. */
export const tutoringDataset = datasetFromRows(tutoringRows);

/** Viewers of the fixture. */
export const tutoringViewers = {
  admin: { userId: 'admin_t', role: 'admin', orgId: 'org_t' },
  kim: { userId: 't_kim', role: 'manager', orgId: 'org_t' },
  lee: { userId: 't_lee', role: 'manager', orgId: 'org_t' },
  amy: { userId: 's_amy', role: 'learner', orgId: 'org_t' },
} satisfies Record<string, Viewer>;

/** Validates `input` (with `now` defaulting to TUTORING_NOW), resolves the viewer's scope and builds the engine context. */
export function tutoringContext<N extends QueryName>(name: N, viewer: Viewer, input: QueryParamsInput<N>): { ctx: EngineContext; params: QueryParams<N> } {
  const params = catalog[name].params.parse({ now: TUTORING_NOW, ...input }) as QueryParams<N>;
  const p = params as { userIds?: string[]; teamId?: string };
  const scope = resolveScope(tutoringDataset, { viewer, userIds: p.userIds ?? [], teamId: p.teamId });
  const request = { name, params, scope } as AdapterRequest;
  return { ctx: createContext(tutoringDataset, request, catalog[name].showsPeers), params };
}
