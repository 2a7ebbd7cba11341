import type { Activity, Attempt, Org, Team, User, Viewer } from '@learnlens/data-client';
import type { MockDataset } from '../dataset/dataset.types.js';
import { datasetFromRows } from '../dataset/fromRows.js';

// A hand-built dataset small enough to work every expected number out by hand
// (the tests do, next to each assertion). Org A reports in Europe/Berlin, which
// is UTC+1 for all of these dates (summer time starts 2026-03-29), so
// a04 (Feb 28 23:30Z = Mar 1 00:30 local) and a10 (Mar 15 23:30Z = Mon Mar 16
// 00:30 local) fall on different days, weeks and months in UTC and in Berlin.

/** The `now` the tests use: Friday 2026-03-20, noon UTC. */
export const TINY_NOW = '2026-03-20T12:00:00.000Z';

const orgs: Org[] = [
  { org_id: 'org-a', name: 'Acme Sales', timezone: 'Europe/Berlin', score_scale: 'percent' },
  { org_id: 'org-b', name: 'Bright IELTS', timezone: 'UTC', score_scale: 'band' },
];

const teams: Team[] = [
  { team_id: 'team-a1', org_id: 'org-a', name: 'North', manager_id: 'mgr-a1' },
  { team_id: 'team-a2', org_id: 'org-a', name: 'South', manager_id: 'mgr-a2' },
  { team_id: 'team-b1', org_id: 'org-b', name: 'Writers', manager_id: 'mgr-b1' },
];

function user(user_id: string, org_id: string, team_id: string | null, role: User['role'], display_name: string, plan: User['plan']): User {
  return { user_id, org_id, team_id, role, display_name, email: `${user_id}@example.test`, plan, created_at: '2026-01-01T00:00:00.000Z' };
}

const users: User[] = [
  user('admin-a', 'org-a', null, 'admin', 'Ada Admin', 'master'),
  user('mgr-a1', 'org-a', 'team-a1', 'manager', 'Max North', 'master'),
  user('mgr-a2', 'org-a', 'team-a2', 'manager', 'Mia South', 'master'),
  user('ana', 'org-a', 'team-a1', 'learner', 'Ana Alvarez', 'booster'),
  user('ben', 'org-a', 'team-a1', 'learner', 'Ben Brooks', 'free'),
  user('cai', 'org-a', 'team-a1', 'learner', 'Cai Chen', 'starter'),
  user('dev', 'org-a', 'team-a2', 'learner', 'Dev Das', 'free'),
  user('eva', 'org-a', 'team-a2', 'learner', 'Eva Eriksen', 'master'),
  user('admin-b', 'org-b', null, 'admin', 'Bo Admin', 'master'),
  user('mgr-b1', 'org-b', 'team-b1', 'manager', 'Bea Writer', 'master'),
  user('fay', 'org-b', 'team-b1', 'learner', 'Fay Fisher', 'starter'),
  user('gus', 'org-b', 'team-b1', 'learner', 'Gus Green', 'booster'),
];

function activity(activity_id: string, org_id: string, title: string, scale: Activity['score_scale']): Activity {
  return { activity_id, org_id, title, kind: 'scenario', difficulty: 'medium', category: 'sales', score_scale: scale };
}

const activities: Activity[] = [
  activity('act-a1', 'org-a', 'Cold call', 'percent'),
  activity('act-a2', 'org-a', 'Objection handling', 'percent'),
  activity('act-a3', 'org-a', 'Closing', 'percent'),
  activity('act-a4', 'org-a', 'Discovery', 'percent'),
  activity('act-b1', 'org-b', 'Task 2 essay', 'band'),
];

type Extra = Partial<Pick<Attempt, 'talk_ms' | 'listen_ms' | 'goal_band' | 'task1_band' | 'task2_band'>>;

function attempt(
  attempt_id: string,
  user_id: string,
  activity_id: string,
  score: number | null,
  duration_seconds: number | null,
  started_at: string,
  ended_at: string | null,
  extra: Extra = {},
): Attempt {
  const org_id = users.find((u) => u.user_id === user_id)!.org_id;
  return {
    attempt_id,
    org_id,
    user_id,
    activity_id,
    score,
    duration_seconds,
    talk_ms: null,
    listen_ms: null,
    started_at,
    ended_at,
    goal_band: null,
    task1_band: null,
    task2_band: null,
    ...extra,
  };
}

// Listed out of time order on purpose: datasetFromRows must sort them.
const attempts: Attempt[] = [
  // Current week in Berlin (Mon 2026-03-16 … Sun 03-22 local).
  attempt('a17', 'dev', 'act-a3', null, null, '2026-03-20T08:00:00Z', '2026-03-20T08:01:00Z'),
  attempt('a16', 'eva', 'act-a1', 60, 500, '2026-03-19T17:00:00Z', null),
  attempt('a15', 'dev', 'act-a2', 95, 200, '2026-03-18T12:00:00Z', '2026-03-18T12:03:00Z', { talk_ms: 60_000, listen_ms: 40_000 }),
  attempt('a14', 'ana', 'act-a2', 90, 300, '2026-03-18T12:00:00Z', '2026-03-18T12:05:00Z', {
    talk_ms: 50_000,
    listen_ms: 50_000,
    goal_band: 7.5,
    task1_band: 7,
  }),
  attempt('a20', 'ben', 'act-a3', null, 120, '2026-03-18T09:30:00Z', '2026-03-18T09:32:00Z'),
  attempt('a13', 'ben', 'act-a2', null, 1000, '2026-03-17T11:00:00Z', '2026-03-17T11:17:00Z'),
  attempt('a12', 'ben', 'act-a1', 85, null, '2026-03-17T10:00:00Z', '2026-03-17T10:05:00Z', { listen_ms: 1_000 }),
  attempt('a11', 'ana', 'act-a1', 80, 600, '2026-03-16T09:00:00Z', '2026-03-16T09:10:00Z', { talk_ms: 30_000, listen_ms: 70_000 }),
  attempt('a10', 'cai', 'act-a3', 70, 400, '2026-03-15T23:30:00Z', '2026-03-15T23:37:00Z', { talk_ms: 0, listen_ms: 0 }),
  // Previous week in Berlin (Mon 2026-03-09 … Sun 03-15 local).
  attempt('a05', 'ana', 'act-a1', 70, 300, '2026-03-10T08:00:00Z', '2026-03-10T08:05:00Z', { talk_ms: 40_000, listen_ms: 60_000 }),
  attempt('a06', 'ben', 'act-a2', 90, 200, '2026-03-11T09:00:00Z', '2026-03-11T09:04:00Z'),
  attempt('a07', 'cai', 'act-a3', 75, 350, '2026-03-12T15:00:00Z', '2026-03-12T15:06:00Z'),
  attempt('a08', 'dev', 'act-a1', null, 100, '2026-03-12T16:00:00Z', '2026-03-12T16:02:00Z'),
  attempt('a09', 'eva', 'act-a3', 80, 300, '2026-03-13T11:00:00Z', '2026-03-13T11:05:00Z'),
  // February (a04 is already March 1st in Berlin).
  attempt('a04', 'eva', 'act-a2', 84, 250, '2026-02-28T23:30:00Z', '2026-02-28T23:40:00Z'),
  attempt('a19', 'eva', 'act-a4', 66, null, '2026-02-20T10:00:00Z', null),
  attempt('a03', 'dev', 'act-a2', null, 500, '2026-02-10T14:00:00Z', null),
  attempt('a18', 'ana', 'act-a3', 77, 450, '2026-02-05T13:00:00Z', '2026-02-05T13:08:00Z'),
  attempt('a02', 'ben', 'act-a1', 70, 400, '2026-02-03T10:00:00Z', '2026-02-03T10:07:00Z'),
  attempt('a01', 'ana', 'act-a1', 60, 300, '2026-02-02T09:00:00Z', '2026-02-02T09:05:00Z', {
    talk_ms: 20_000,
    listen_ms: 80_000,
    goal_band: 7,
    task1_band: 6,
    task2_band: 6.5,
  }),
  // Org B.
  attempt('b01', 'fay', 'act-b1', 5.5, 1800, '2026-03-16T10:00:00Z', '2026-03-16T10:30:00Z', {
    goal_band: 7,
    task1_band: 5.5,
    task2_band: 6,
  }),
  attempt('b02', 'gus', 'act-b1', 7, 1500, '2026-03-17T10:00:00Z', '2026-03-17T10:25:00Z', { task1_band: 7 }),
  attempt('b03', 'fay', 'act-b1', null, null, '2026-03-18T10:00:00Z', null),
];

/** A fresh copy of the hand-built dataset: 2 orgs, 3 teams, 7 learners, 5 activities, 23 attempts. */
export function tinyDataset(): MockDataset {
  return datasetFromRows({
    orgs: structuredClone(orgs),
    teams: structuredClone(teams),
    users: structuredClone(users),
    activities: structuredClone(activities),
    attempts: structuredClone(attempts),
  });
}

/** Viewers of the tiny dataset, one per role and org. */
export const tinyViewers = {
  adminA: { userId: 'admin-a', role: 'admin', orgId: 'org-a' },
  managerA1: { userId: 'mgr-a1', role: 'manager', orgId: 'org-a' },
  managerA2: { userId: 'mgr-a2', role: 'manager', orgId: 'org-a' },
  learnerAna: { userId: 'ana', role: 'learner', orgId: 'org-a' },
  adminB: { userId: 'admin-b', role: 'admin', orgId: 'org-b' },
} as const satisfies Record<string, Viewer>;
