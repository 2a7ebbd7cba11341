import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient, type Attempt, type LearnlensClient, type User, type Viewer } from '@learnlens/data-client';
import { createMockAdapter, datasetFromRows, type DatasetRows } from '@learnlens/mock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDuckDbAdapter, type DuckDbAdapter } from './createDuckDbAdapter.js';
import { differences } from './test-fixtures/compare.js';
import { writeDataset } from './test-fixtures/writeDataset.js';

// personalStats' "this week" is [now − 7 calendar days in `timezone`, now]: across a DST change that is not 168 h.
//
// Europe/Berlin falls back on 2026-10-25 (03:00 CEST → 02:00 CET). With now = Thu 2026-10-29 12:00Z (13:00 CET), the
// week starts Thu 2026-10-22 13:00 CEST = 11:00Z, an hour before now − 168 h (12:00Z): the week is 169 h long.
// America/New_York springs forward on 2026-03-08 (02:00 EST → 03:00 EDT). With now = 2026-03-12 12:00Z (08:00 EDT),
// the week starts 2026-03-05 08:00 EST = 13:00Z, an hour after now − 168 h (12:00Z): the week is 167 h long.

const user = (user_id: string, role: User['role']): User => ({
  user_id,
  org_id: 'o1',
  team_id: null,
  role,
  display_name: `Name ${user_id}`,
  email: `${user_id}@example.test`,
  plan: 'free',
  created_at: '2026-01-01T00:00:00.000Z',
});

const attempt = (attempt_id: string, score: number | null, started_at: string): Attempt => ({
  attempt_id,
  org_id: 'o1',
  user_id: 'l1',
  activity_id: 'act1',
  score,
  duration_seconds: 60,
  talk_ms: null,
  listen_ms: null,
  started_at,
  ended_at: new Date(Date.parse(started_at) + 60_000).toISOString(),
  goal_band: null,
  task1_band: null,
  task2_band: null,
});

const rows: Required<DatasetRows> = {
  orgs: [{ org_id: 'o1', name: 'Org one', timezone: 'UTC', score_scale: 'percent' }],
  teams: [],
  users: [user('a1', 'admin'), user('l1', 'learner')],
  activities: [
    { activity_id: 'act1', org_id: 'o1', title: 'Cold call', kind: 'scenario', difficulty: 'easy', category: 'sales', score_scale: 'percent' },
  ],
  assignments: [],
  assignment_assignees: [],
  attempts: [
    // Around the Berlin week (now 2026-10-29T12:00Z).
    attempt('b0', 10, '2026-10-22T10:59:59.000Z'), // a second before the calendar week
    attempt('b1', 20, '2026-10-22T11:00:00.000Z'), // the week's first instant, an hour before now − 168 h
    attempt('b2', null, '2026-10-22T11:30:00.000Z'), // in the calendar week only; unscored
    attempt('b3', 60, '2026-10-25T09:00:00.000Z'), // after the change
    attempt('b4', 80, '2026-10-29T12:00:00.000Z'), // exactly now: included
    attempt('b5', 0, '2026-10-29T12:00:01.000Z'), // after now
    // Around the New York week (now 2026-03-12T12:00Z).
    attempt('n1', 40, '2026-03-05T12:30:00.000Z'), // after now − 168 h but before the calendar week
    attempt('n2', 50, '2026-03-05T13:00:00.000Z'), // the week's first instant
    attempt('n3', 70, '2026-03-10T15:00:00.000Z'),
  ],
  sessions: [],
  events: [],
  mastery_deltas: [],
  question_flags: [],
  tutoring_sessions: [],
  ai_usage_log: [],
  spaced_repetition: [],
};

const admin: Viewer = { userId: 'a1', role: 'admin', orgId: 'o1' };
const berlin = { now: '2026-10-29T12:00:00.000Z', timezone: 'Europe/Berlin', userId: 'l1' };
const newYork = { now: '2026-03-12T12:00:00.000Z', timezone: 'America/New_York', userId: 'l1' };

const root = mkdtempSync(join(tmpdir(), 'learnlens-personal-stats-'));
const mock = createClient({ adapter: createMockAdapter({ dataset: datasetFromRows(rows) }) });
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe.each(['parquet', 'csv'] as const)('personalStats over %s: this week in calendar days', (format) => {
  let adapter: DuckDbAdapter;
  let duck: LearnlensClient;
  beforeAll(async () => {
    const dir = join(root, format);
    await writeDataset(dir, format, (t) => rows[t] as unknown as Iterable<Record<string, unknown>>);
    adapter = await createDuckDbAdapter({ dir, format, threads: 1 });
    duck = createClient({ adapter });
  });
  afterAll(() => adapter.close());

  it('counts 169 h back across the autumn change in Europe/Berlin, as the mock does', async () => {
    const actual = await duck.query('personalStats', berlin, { viewer: admin });
    // b1, b2, b3, b4 (168 h would give b3, b4 only); the average skips unscored b2: (20 + 60 + 80) / 3.
    expect(actual).toMatchObject({ attemptsThisWeek: 4, avgScoreThisWeek: expect.closeTo(160 / 3, 12) });
    expect(differences(actual, await mock.query('personalStats', berlin, { viewer: admin }))).toEqual([]);
  });

  it('counts 167 h back across the spring change in America/New_York, as the mock does', async () => {
    const actual = await duck.query('personalStats', newYork, { viewer: admin });
    // n2, n3 (168 h would add n1): (50 + 70) / 2.
    expect(actual).toMatchObject({ attemptsThisWeek: 2, avgScoreThisWeek: 60 });
    expect(differences(actual, await mock.query('personalStats', newYork, { viewer: admin }))).toEqual([]);
  });

  it('counts exactly 168 h back in a zone without DST', async () => {
    const params = { ...berlin, timezone: 'UTC' };
    const actual = await duck.query('personalStats', params, { viewer: admin });
    // In UTC the week starts at 2026-10-22T12:00Z: b3 and b4 only.
    expect(actual).toMatchObject({ attemptsThisWeek: 2, avgScoreThisWeek: 70 });
    expect(differences(actual, await mock.query('personalStats', params, { viewer: admin }))).toEqual([]);
  });
});
