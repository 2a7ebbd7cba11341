// Seed 003's own tables (createSeed003Tables) filled with a generated tutoring org: the preset reads every table the
// seed has back as the canonical rows the mock holds, and the adapter's accuracy equals the seed's literal query.
import { createClient, type TableName, type Viewer } from '@learnlens/data-client';
import { createMockAdapter, createMockDataset, tableRows } from '@learnlens/mock';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPostgres, type PostgresServer } from '../../../testing/postgres.js';
import { createPostgresAdapter, type PostgresAdapter } from './createPostgresAdapter.js';
import { defineMapping } from './mapping/defineMapping.js';
import { createSeed003Tables } from './migrations/seed003.js';
import { seed003MappingSpec } from './presets/seed003.js';
import { differences } from './test-fixtures/compare.js';
import { loadSeed003, topicIdOf } from './test-fixtures/loadSeed003.js';

const SCHEMA = 'tutorassist';
const dataset = createMockDataset({ endDate: '2026-11-01', seed: 13, orgs: 3, learnersPerOrg: 24, days: 70 });
const org = dataset.orgs.find((o) => o.score_scale === 'binary')!;
const mapping = defineMapping({ ...seed003MappingSpec, schema: SCHEMA });
const mock = createClient({ adapter: createMockAdapter({ dataset }) });
const NOW = `${dataset.meta.endDate}T00:00:00.000Z`;
const admin: Viewer = {
  userId: dataset.users.find((u) => u.org_id === org.org_id && u.role === 'admin')!.user_id,
  role: 'admin',
  orgId: org.org_id,
};

let server: PostgresServer;
let db: pg.Client;
let adapter: PostgresAdapter;
let client: ReturnType<typeof createClient>;

beforeAll(async () => {
  server = await startPostgres();
  db = new pg.Client({ connectionString: server.connectionString });
  await db.connect();
  await createSeed003Tables(db, SCHEMA);
  await loadSeed003(db, dataset, SCHEMA);
  adapter = createPostgresAdapter({ connectionString: server.connectionString, mapping });
  client = createClient({ adapter });
});

afterAll(async () => {
  await adapter?.close();
  await db?.end();
  await server?.stop();
});

// Canonical rows as PostgreSQL returns them through the preset: instants as ISO text, numbers as numbers.
async function relationRows(table: TableName, orderBy: string): Promise<Record<string, unknown>[]> {
  const { rows } = await db.query(`SELECT * FROM ${mapping.relation(table)} r WHERE r.org_id = $1 ORDER BY ${orderBy}`, [org.org_id]);
  return rows.map((r: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v instanceof Date ? v.toISOString() : v])),
  );
}

const mine = (table: TableName) => [...tableRows(dataset, table)].filter((r) => r.org_id === org.org_id);
const byKey = (key: string) => (a: Record<string, unknown>, b: Record<string, unknown>) =>
  String(a[key]) < String(b[key]) ? -1 : String(a[key]) > String(b[key]) ? 1 : 0;

describe('the seed 003 preset over the seed’s own tables', () => {
  it('reads flags, SM-2 cards and AI calls back as the canonical rows', async () => {
    for (const [table, key] of [['question_flags', 'flag_id'], ['spaced_repetition', 'card_id'], ['ai_usage_log', 'id']] as const) {
      const expected = mine(table).sort(byKey(key));
      expect(expected.length, table).toBeGreaterThan(0);
      const actual = await relationRows(table, `${key} COLLATE "C"`);
      expect(differences(actual, expected), table).toEqual([]);
    }
  });

  it('reads tutoring sessions with the seed’s topic ids, and no-shows without actual times', async () => {
    const expected = mine('tutoring_sessions')
      .sort(byKey('session_id'))
      .map((s) => ({ ...s, topics_covered: JSON.stringify((JSON.parse(String(s.topics_covered)) as string[]).map((t) => topicIdOf(org.org_id, t))) }));
    const actual = await relationRows('tutoring_sessions', 'session_id COLLATE "C"');
    expect(differences(actual.map((s) => ({ ...s, topics_covered: JSON.stringify(JSON.parse(String(s.topics_covered))) })), expected)).toEqual([]);
    expect(actual.some((s) => s.actual_start === null)).toBe(true);
  });

  it('reads questions with topic names, bands from the 1–5 difficulty, counters and status; students with cohorts', async () => {
    const questions = await relationRows('activities', 'activity_id COLLATE "C"');
    const expected = mine('activities')
      .sort(byKey('activity_id'))
      // The seed has no lessons or assessments: every row of `questions` is a question.
      .map((a) => ({ ...a, kind: 'question', times_attempted: a.times_attempted ?? 0, times_correct: a.times_correct ?? 0 }));
    expect(differences(questions, expected)).toEqual([]);
    const users = await relationRows('users', 'user_id COLLATE "C"');
    const cohorts = mine('users').map((u) => [u.user_id, u.role === 'learner' ? u.cohort_id : null, u.role === 'learner' ? u.academic_year : null]);
    expect(users.map((u) => [u.user_id, u.cohort_id, u.academic_year])).toEqual(cohorts.sort((a, b) => (String(a[0]) < String(b[0]) ? -1 : 1)));
  });

  it('gives the seed’s accuracy per week (ungraded counted as not correct), as the mock does', async () => {
    const students = dataset.users.filter((u) => u.org_id === org.org_id && u.role === 'learner').slice(0, 8);
    let weeks = 0;
    for (const s of students) {
      const { rows } = await db.query(
        `SELECT to_char(DATE_TRUNC('week', submitted_at), 'YYYY-MM-DD') AS week,
           COUNT(*) FILTER (WHERE is_correct) * 100.0 / COUNT(*) as accuracy
         FROM ${SCHEMA}.attempts
         WHERE student_user_id = $1 AND submitted_at > $2
         GROUP BY 1 ORDER BY 1`,
        [s.user_id, '2020-01-01T00:00:00Z'],
      );
      // scoreTrend's accuracy over every binary activity (the loader stores a tutoring org's lessons as questions too):
      // it places answers at their start, the seed at their submission, which agree here as no answer of this data runs
      // over a UTC week boundary (accuracyTrend by submission is compared in tests/seed003Sql.test.ts).
      const params = { bucket: 'week' as const, userIds: [s.user_id], now: NOW };
      const pgTrend = await client.query('scoreTrend', params, { viewer: admin });
      const mockTrend = await mock.query('scoreTrend', params, { viewer: admin });
      const seed = rows.map((r: Record<string, unknown>) => ({ bucketStart: r.week, accuracy: Number(r.accuracy) }));
      const pick = (points: typeof pgTrend.points) =>
        points.filter((p) => p.submittedAttempts > 0).map((p) => ({ bucketStart: p.bucketStart, accuracy: p.accuracy! * 100 }));
      expect(differences(pick(pgTrend.points), seed), s.user_id).toEqual([]);
      expect(differences(pick(mockTrend.points), seed), s.user_id).toEqual([]);
      weeks += seed.length;
    }
    expect(weeks).toBeGreaterThan(10);
  });
});

describe('tutors and assignments through the seed 003 views', () => {
  const tutors = dataset.users.filter((u) => u.org_id === org.org_id && u.role === 'manager');

  it('reads tutors as managers, each seeing the students they tutor, as the mock’s tutors do', async () => {
    const users = await relationRows('users', 'user_id COLLATE "C"');
    expect(users.filter((u) => u.role === 'manager').map((u) => u.user_id).sort()).toEqual(tutors.map((t) => t.user_id).sort());
    expect(users.some((u) => u.role === 'admin')).toBe(true);
    expect(tutors.length).toBeGreaterThan(1);
    for (const t of tutors) {
      const viewer: Viewer = { userId: t.user_id, role: 'manager', orgId: org.org_id };
      const params = { sort: 'displayName' as const, limit: 10_000, now: NOW };
      const ours = await client.query('studentPerformance', params, { viewer });
      const theirs = await mock.query('studentPerformance', params, { viewer });
      expect(ours.total, t.user_id).toBeGreaterThan(0);
      const ids = (rows: typeof ours.rows) => rows.map((r) => r.userId).sort();
      expect(differences(ids(ours.rows), ids(theirs.rows)), t.user_id).toEqual([]);
    }
  });

  it('reads each question of a seed assignment as an assignment of that question to its student', async () => {
    const expected = mine('assignment_assignees').map((x) => {
      const a = mine('assignments').find((y) => y.assignment_id === x.assignment_id)!;
      return { activity: a.activity_id, by: a.assigned_by, due: a.due_at, at: a.assigned_at, student: x.user_id };
    });
    const rows = await relationRows('assignments', 'assignment_id COLLATE "C"');
    const assignees = new Map((await relationRows('assignment_assignees', 'assignment_id COLLATE "C"')).map((x) => [x.assignment_id, x.user_id]));
    const actual = rows.map((r) => ({ activity: r.activity_id, by: r.assigned_by, due: r.due_at, at: r.assigned_at, student: assignees.get(r.assignment_id) }));
    const key = (x: Record<string, unknown>) => `${x.student}|${x.activity}|${x.at}`;
    expect(expected.length).toBeGreaterThan(5);
    expect(actual.map(key).sort()).toEqual(expected.map(key).sort());
    expect(differences([...actual].sort((x, y) => (key(x) < key(y) ? -1 : 1)), [...expected].sort((x, y) => (key(x) < key(y) ? -1 : 1)))).toEqual([]);
  });
});
