import type { Activity, Attempt, TableName, User } from '@learnlens/data-client';
import type { DatasetRows } from '@learnlens/mock';

// Two small orgs built by hand, for what generated data rarely pins down: tied averages (ranks 1, 1, 1, 4), an even
// number of scores whose median must be interpolated (1, 2, 3, 10 → 2.5, where quantileExact gives 3), a learner of
// another team, and a second org whose rows must never show up.

const user = (user_id: string, org_id: string, team_id: string | null, role: User['role'], display_name: string): User => ({
  user_id, org_id, team_id, role, display_name, email: `${user_id}@example.test`, plan: 'starter', created_at: '2026-01-01T00:00:00.000Z',
});

const activity = (activity_id: string, org_id: string, title: string): Activity => ({
  activity_id, org_id, title, kind: 'scenario', difficulty: 'easy', category: 'Test', score_scale: 'percent',
});

let n = 0;
const attempt = (org_id: string, user_id: string, activity_id: string, started_at: string, score: number | null): Attempt => ({
  attempt_id: `att-${String(++n).padStart(3, '0')}`,
  org_id,
  user_id,
  activity_id,
  score,
  duration_seconds: 300,
  talk_ms: 3000,
  listen_ms: 7000,
  started_at,
  ended_at: new Date(Date.parse(started_at) + 300_000).toISOString(),
  goal_band: null,
  task1_band: null,
  task2_band: null,
});

/** The hand-built tables. */
export const handBuilt: DatasetRows = {
  orgs: [
    { org_id: 'o1', name: 'Org One', timezone: 'Europe/Berlin', score_scale: 'percent' },
    { org_id: 'o2', name: "Org Two'); DROP TABLE attempts; --", timezone: 'UTC', score_scale: 'percent' },
  ],
  teams: [
    { team_id: 't1', org_id: 'o1', name: 'Team One', manager_id: 'm1' },
    { team_id: 't2', org_id: 'o1', name: 'Team Two', manager_id: 'm2' },
    { team_id: 't9', org_id: 'o2', name: 'Team Nine', manager_id: 'm9' },
  ],
  users: [
    user('a1', 'o1', null, 'admin', 'Ada Admin'),
    user('m1', 'o1', 't1', 'manager', 'Max Manager'),
    user('m2', 'o1', 't2', 'manager', 'Mia Manager'),
    user('l1', 'o1', 't1', 'learner', 'Lee One'),
    user('l2', 'o1', 't1', 'learner', "Lee 'Two'"),
    user('l3', 'o1', 't1', 'learner', 'Lee Three'),
    user('l4', 'o1', 't2', 'learner', 'Lee Four'),
    user('a9', 'o2', null, 'admin', 'Other Admin'),
    user('m9', 'o2', 't9', 'manager', 'Other Manager'),
    user('l9', 'o2', 't9', 'learner', 'Other Learner'),
  ],
  activities: [activity('x1', 'o1', 'Cold call'), activity('x2', 'o1', 'Discovery'), activity('x9', 'o2', 'Elsewhere')],
  attempts: [
    // October 2026: l1 (80, 90), l2 (85), l4 (85) tie at 85; l3 70.
    attempt('o1', 'l1', 'x1', '2026-10-05T09:00:00.000Z', 80),
    attempt('o1', 'l1', 'x1', '2026-10-06T09:00:00.000Z', 90),
    attempt('o1', 'l2', 'x1', '2026-10-07T09:00:00.000Z', 85),
    attempt('o1', 'l4', 'x1', '2026-10-08T09:00:00.000Z', 85),
    attempt('o1', 'l3', 'x1', '2026-10-09T09:00:00.000Z', 70),
    attempt('o1', 'l3', 'x1', '2026-10-09T10:00:00.000Z', null),
    // September: l3 first, l1 second.
    attempt('o1', 'l3', 'x1', '2026-09-10T09:00:00.000Z', 95),
    attempt('o1', 'l1', 'x1', '2026-09-11T09:00:00.000Z', 60),
    // x2: scores 1, 2, 3, 10 in October.
    attempt('o1', 'l1', 'x2', '2026-10-12T09:00:00.000Z', 1),
    attempt('o1', 'l2', 'x2', '2026-10-12T10:00:00.000Z', 10),
    attempt('o1', 'l3', 'x2', '2026-10-12T11:00:00.000Z', 3),
    attempt('o1', 'l4', 'x2', '2026-10-12T12:00:00.000Z', 2),
    // The other org scores higher than anyone in o1.
    attempt('o2', 'l9', 'x9', '2026-10-05T09:00:00.000Z', 100),
  ],
};

/** The rows of one table of `handBuilt`. */
export const handBuiltRows = (table: TableName): Array<Record<string, unknown>> =>
  (handBuilt[table] ?? []) as unknown as Array<Record<string, unknown>>;
