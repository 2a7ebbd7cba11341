import type { Activity, Assignment, AssignmentAssignee, Attempt, Org, Team, User, Viewer } from '@learnlens/data-client';
import { datasetFromRows, type DatasetRows, type MockDataset } from '@learnlens/mock';

/** The instant every test query is measured from: inside May 2026, so period "month" is May. */
export const NOW = '2026-05-20T12:00:00.000Z';

const org = (org_id: string, name: string): Org => ({ org_id, name, timezone: 'UTC', score_scale: 'percent' });
const user = (user_id: string, org_id: string, role: User['role'], display_name: string, team_id: string | null): User => ({
  user_id,
  org_id,
  team_id,
  role,
  display_name,
  email: `${user_id}@example.test`,
  plan: 'starter',
  created_at: '2026-01-01T00:00:00.000Z',
});

/** The people of the small org: real names a learner must never see for anyone but themself. */
export const people = {
  admin: user('adm-1', 'org-a', 'admin', 'Alice Admin', null),
  manager: user('mgr-1', 'org-a', 'manager', 'Mona Manager', 'team-1'),
  ada: user('l-ada', 'org-a', 'learner', 'Ada Lovelace', 'team-1'),
  ben: user('l-ben', 'org-a', 'learner', 'Ben Okafor', 'team-1'),
  cleo: user('l-cleo', 'org-a', 'learner', 'Cleo Park', 'team-1'),
  dev: user('l-dev', 'org-a', 'learner', 'Dev Singh', 'team-1'),
  otherAdmin: user('adm-b', 'org-b', 'admin', 'Bruno Boss', null),
  zed: user('l-zed', 'org-b', 'learner', 'Zed Bravo', 'team-b'),
} as const;

/** A viewer for one of `people`. */
export function viewerOf(person: User): Viewer {
  return { userId: person.user_id, role: person.role, orgId: person.org_id };
}

let attemptSeq = 0;
function attempt(userRow: User, activity_id: string, started_at: string, score: number | null, durationSeconds = 600): Attempt {
  attemptSeq += 1;
  const ended = new Date(Date.parse(started_at) + durationSeconds * 1000).toISOString();
  return {
    attempt_id: `att-${String(attemptSeq).padStart(6, '0')}`,
    org_id: userRow.org_id,
    user_id: userRow.user_id,
    activity_id,
    score,
    duration_seconds: durationSeconds,
    talk_ms: 60_000,
    listen_ms: 40_000,
    started_at,
    ended_at: ended,
    goal_band: null,
    task1_band: null,
    task2_band: null,
  };
}

const activities: Activity[] = [
  { activity_id: 'act-1', org_id: 'org-a', title: 'Pitch practice', kind: 'scenario', difficulty: 'easy', category: 'sales', score_scale: 'percent' },
  { activity_id: 'act-2', org_id: 'org-a', title: 'Objection handling', kind: 'scenario', difficulty: 'hard', category: 'sales', score_scale: 'percent' },
  { activity_id: 'act-b', org_id: 'org-b', title: 'Other org drill', kind: 'lesson', difficulty: 'easy', category: 'misc', score_scale: 'percent' },
];
const teams: Team[] = [
  { team_id: 'team-1', org_id: 'org-a', name: 'Team One', manager_id: 'mgr-1' },
  { team_id: 'team-b', org_id: 'org-b', name: 'Team B', manager_id: 'adm-b' },
];

/** "Pitch practice drill" (due May 15, required): Ada, Ben and Dev done, Cleo overdue. "Objection handling review" (due May 30, optional): nobody done yet. */
const assignments: Assignment[] = [
  {
    assignment_id: 'as-1',
    org_id: 'org-a',
    team_id: 'team-1',
    activity_id: 'act-1',
    title: 'Pitch practice drill',
    assigned_by: 'mgr-1',
    assigned_at: '2026-05-01T00:00:00.000Z',
    due_at: '2026-05-15T00:00:00.000Z',
    required: true,
  },
  {
    assignment_id: 'as-2',
    org_id: 'org-a',
    team_id: 'team-1',
    activity_id: 'act-2',
    title: 'Objection handling review',
    assigned_by: 'mgr-1',
    assigned_at: '2026-05-10T00:00:00.000Z',
    due_at: '2026-05-30T00:00:00.000Z',
    required: false,
  },
];
const assignees: AssignmentAssignee[] = [
  ...['l-ada', 'l-ben', 'l-cleo', 'l-dev'].map((user_id) => ({ assignment_id: 'as-1', org_id: 'org-a', user_id })),
  ...['l-ada', 'l-cleo'].map((user_id) => ({ assignment_id: 'as-2', org_id: 'org-a', user_id })),
];

/**
 * May 2026 leaderboard: Ada 90 (rank 1, was 2), Ben 80 and Cleo 80 (tied at 2; Ben was 1, Cleo is new),
 * Dev 70 (rank 4, was 3). April: Ben 95, Ada 85, Dev 60.
 */
export function smallRows(extraAttempts: Attempt[] = []): DatasetRows {
  attemptSeq = 0;
  const { ada, ben, cleo, dev, zed } = people;
  const attempts: Attempt[] = [
    attempt(ben, 'act-1', '2026-04-06T09:00:00.000Z', 95),
    attempt(ada, 'act-1', '2026-04-07T09:00:00.000Z', 85),
    attempt(dev, 'act-2', '2026-04-08T09:00:00.000Z', 60),
    attempt(ada, 'act-1', '2026-05-04T09:00:00.000Z', 88),
    attempt(ada, 'act-2', '2026-05-05T10:00:00.000Z', 92, 1200),
    attempt(ben, 'act-1', '2026-05-06T11:00:00.000Z', 80),
    attempt(cleo, 'act-2', '2026-05-07T12:00:00.000Z', 80),
    attempt(dev, 'act-1', '2026-05-08T13:00:00.000Z', 70),
    attempt(dev, 'act-1', '2026-05-09T13:00:00.000Z', null),
    attempt(zed, 'act-b', '2026-05-10T08:00:00.000Z', 99),
    ...extraAttempts,
  ];
  return {
    orgs: [org('org-a', 'Acme Learning'), org('org-b', 'Other Org')],
    teams,
    users: Object.values(people),
    activities,
    attempts,
    assignments,
    assignment_assignees: assignees,
  };
}

/** The small two-org dataset described by `smallRows`. */
export function smallDataset(): MockDataset {
  return datasetFromRows(smallRows());
}

/** The small dataset plus `count` extra scored attempts by Ada in March 2026 (for export limits). */
export function datasetWithAttempts(count: number): MockDataset {
  const base = Date.parse('2026-03-01T00:00:00.000Z');
  const extra = Array.from({ length: count }, (_, i) =>
    attempt(people.ada, 'act-1', new Date(base + i * 60_000).toISOString(), 50 + (i % 50)),
  );
  return datasetFromRows(smallRows(extra));
}
