// Seed 003's own SQL, run verbatim on PostgreSQL over its own table shapes, against the project's answers on every
// adapter. A held-out generated dataset (seed 2003, not the conformance one) is loaded twice: as canonical tables for
// the mock, PostgreSQL (canonical mapping), DuckDB, ClickHouse and the HTTP server, and as seed 003's `workspaces`,
// `workspace_members`, `topics`, `questions` and `attempts` (createSeed003Tables) for the seed's queries and the seed 003
// preset.
//
// Seed rows from canonical ones, as the preset reads them back: a question is an activity of kind 'question' (the
// seed's question bank has no lessons); an attempts row is a submitted answer (an attempt that ended; one still running
// or abandoned was never stored), with is_correct = score = 1 (null when ungraded: no row is dropped for it) and
// submitted_at = started_at, the one instant the preset maps to both started_at and ended_at.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClickHouseAdapter } from '@learnlens/adapter-clickhouse';
import { createDuckDbAdapter } from '@learnlens/adapter-duckdb';
import {
  createCanonicalSchema,
  createPostgresAdapter,
  createSeed003Tables,
  defineMapping,
  loadDataset,
  seed003MappingSpec,
} from '@learnlens/adapter-postgres';
import { createHttpClient } from '@learnlens/adapter-http';
import { catalog, createClient, type LearnlensClient, type Viewer } from '@learnlens/data-client';
import { createMockAdapter, createMockDataset, tableRows } from '@learnlens/mock';
import { startLearnlensServer } from '@learnlens/server';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AUDIENCE, SECRET, signToken } from '../packages/adapter-http/src/test-fixtures/token.js';
import { createCanonicalSchema as createClickHouseSchema } from '../packages/adapter-clickhouse/src/schema.js';
import { loadDataset as loadClickHouse } from '../packages/adapter-clickhouse/src/load.js';
import { writeDataset } from '../packages/adapter-duckdb/src/test-fixtures/writeDataset.js';
import { startClickHouse } from '../testing/clickhouse.js';
import { differences } from '../testing/conformance.js';
import { startPostgres, type PostgresServer } from '../testing/postgres.js';

const SCHEMA = 'tutorassist';
const dataset = createMockDataset({ endDate: '2026-11-01', seed: 2003, orgs: 3, learnersPerOrg: 18, days: 56, withEvents: false });
const org = dataset.orgs.find((o) => o.score_scale === 'binary')!;
const admin: Viewer = { userId: dataset.users.find((u) => u.org_id === org.org_id && u.role === 'admin')!.user_id, role: 'admin', orgId: org.org_id };
const students = dataset.users.filter((u) => u.org_id === org.org_id && u.role === 'learner').slice(0, 6);
const NOW = `${dataset.meta.endDate}T00:00:00.000Z`;
const SINCE = '2026-09-14';

// The seed's queries, character for character, with its `?` numbered for pg.
const ACCURACY_OVER_TIME = `SELECT DATE_TRUNC('week', submitted_at), 
       COUNT(*) FILTER (WHERE is_correct) * 100.0 / COUNT(*) as accuracy
FROM attempts
WHERE student_user_id = $1 AND submitted_at > $2
GROUP BY 1`;
const TOPIC_MASTERY = `SELECT topic_id, 
       COUNT(*), 
       AVG(CASE WHEN is_correct THEN 1 ELSE 0 END),
       AVG(time_spent_seconds)
FROM attempts a
JOIN questions q ON a.question_id = q.id
WHERE student_user_id = $1
GROUP BY topic_id`;
const LEARNING_VELOCITY = `SELECT DATE(submitted_at),
       COUNT(DISTINCT question_id) as questions_attempted,
       AVG(time_spent_seconds) as avg_time
FROM attempts
WHERE student_user_id = $1
GROUP BY 1`;
const MV_STUDENT_PERFORMANCE = `CREATE MATERIALIZED VIEW mv_student_performance AS
SELECT 
  a.student_user_id,
  a.workspace_id,
  COUNT(*) as total_attempts,
  COUNT(*) FILTER (WHERE a.is_correct) as correct_attempts,
  ROUND(100.0 * COUNT(*) FILTER (WHERE a.is_correct) / COUNT(*), 2) as accuracy_pct,
  AVG(a.time_spent_seconds) as avg_time_seconds,
  COUNT(DISTINCT a.question_id) as unique_questions,
  COUNT(DISTINCT DATE(a.submitted_at)) as days_active,
  MAX(a.submitted_at) as last_attempt_at
FROM attempts a
GROUP BY a.student_user_id, a.workspace_id;`;

type Row = Record<string, unknown>;
const n = (v: unknown) => (v === null ? null : Number(v));

let server: PostgresServer;
let db: pg.Client;
const targets: Array<{ label: string; client: LearnlensClient }> = [];
const closers: Array<() => Promise<unknown> | unknown> = [];

async function insert(table: string, columns: Array<[string, string]>, rows: unknown[][]): Promise<void> {
  const names = columns.map(([c]) => c).join(', ');
  const arrays = columns.map(([, t], k) => `$${k + 1}::${t}[]`).join(', ');
  await db.query(`INSERT INTO ${SCHEMA}.${table} (${names}) SELECT * FROM unnest(${arrays})`, columns.map((_, c) => rows.map((r) => r[c])));
}

async function loadSeedTables(): Promise<void> {
  await createSeed003Tables(db, SCHEMA);
  const mine = <T extends { org_id: string }>(table: Parameters<typeof tableRows>[1]) => [...tableRows(dataset, table)].filter((r) => (r as Row).org_id === org.org_id) as unknown as T[];
  await insert('workspaces', [['id', 'text'], ['name', 'text']], [[org.org_id, org.name]]);
  const role = { admin: 'owner', manager: 'tutor', learner: 'student' } as const;
  const users = mine<{ org_id: string; user_id: string; role: keyof typeof role; display_name: string }>('users');
  await insert('workspace_members', [['workspace_id', 'text'], ['user_id', 'text'], ['role', 'text'], ['display_name', 'text']],
    users.map((u) => [u.org_id, u.user_id, role[u.role], u.display_name]));
  const questions = mine<{ org_id: string; activity_id: string; title: string; kind: string; category: string; difficulty_level?: number | null }>('activities')
    .filter((a) => a.kind === 'question');
  // A topic's id is its name here, so either way a preset reads a question's category (topic_id or the topic's name) it is the same.
  const topics = [...new Set(questions.map((q) => q.category))];
  await insert('topics', [['id', 'text'], ['workspace_id', 'text'], ['name', 'text']], topics.map((t) => [t, org.org_id, t]));
  await insert('questions', [['id', 'text'], ['workspace_id', 'text'], ['prompt_text', 'text'], ['difficulty', 'int'], ['topic_id', 'text']],
    questions.map((q) => [q.activity_id, q.org_id, q.title, q.difficulty_level ?? 3, q.category]));
  const ids = new Set(questions.map((q) => q.activity_id));
  const attempts = mine<{ attempt_id: string; org_id: string; user_id: string; activity_id: string; score: number | null; duration_seconds: number | null; started_at: string; ended_at: string | null }>('attempts')
    .filter((a) => ids.has(a.activity_id) && a.ended_at !== null);
  await insert('attempts', [['id', 'text'], ['workspace_id', 'text'], ['student_user_id', 'text'], ['question_id', 'text'], ['is_correct', 'boolean'],
    ['time_spent_seconds', 'int'], ['submitted_at', 'timestamptz']],
    attempts.map((a) => [a.attempt_id, a.org_id, a.user_id, a.activity_id, a.score === null ? null : a.score === 1, a.duration_seconds, a.started_at]));
  // Ungraded answers are in the table, as the seed stores them.
  expect(Number((await db.query(`SELECT count(*) FROM ${SCHEMA}.attempts WHERE is_correct IS NULL`)).rows[0].count)).toBeGreaterThan(0);
}

// The seed's SQL in the seed's own schema, with the session's time zone (DATE_TRUNC and DATE follow it).
async function seedSql(sql: string, zone: string, values: unknown[] = []): Promise<Row[]> {
  await db.query(`SET search_path = ${SCHEMA}; SET TimeZone = '${zone}'`);
  try {
    return (await db.query(sql, values)).rows as Row[];
  } finally {
    await db.query(`SET search_path = public; SET TimeZone = 'UTC'`);
  }
}

beforeAll(async () => {
  server = await startPostgres();
  db = new pg.Client({ connectionString: server.connectionString });
  await db.connect();
  const pool = new pg.Pool({ connectionString: server.connectionString, max: 4 });
  closers.push(() => pool.end());
  await createCanonicalSchema(pool);
  await loadDataset(pool, (table) => tableRows(dataset, table));
  await loadSeedTables();
  await pool.query('ANALYZE');

  const privacy = { showPeerNames: true } as const;
  targets.push({ label: 'mock', client: createClient({ adapter: createMockAdapter({ dataset }), privacy }) });
  const canonical = createPostgresAdapter({ pool });
  closers.push(() => canonical.close());
  targets.push({ label: 'postgres (canonical)', client: createClient({ adapter: canonical, privacy }) });
  const preset = createPostgresAdapter({ pool, mapping: defineMapping({ ...seed003MappingSpec, schema: SCHEMA }) });
  closers.push(() => preset.close());
  targets.push({ label: 'postgres (seed 003 preset)', client: createClient({ adapter: preset, privacy }) });

  const dir = mkdtempSync(join(tmpdir(), 'learnlens-seed003-'));
  closers.push(() => rmSync(dir, { recursive: true, force: true }));
  await writeDataset(dir, 'parquet', (table) => tableRows(dataset, table));
  const duck = await createDuckDbAdapter({ dir, format: 'parquet' });
  closers.push(() => duck.close());
  targets.push({ label: 'duckdb', client: createClient({ adapter: duck, privacy }) });

  const clickhouse = await startClickHouse();
  closers.push(() => clickhouse.stop());
  const ch = createClickHouseAdapter({ url: clickhouse.url });
  await createClickHouseSchema(ch);
  await loadClickHouse(ch, (table) => tableRows(dataset, table));
  targets.push({ label: 'clickhouse', client: createClient({ adapter: ch, privacy }) });

  const http = await startLearnlensServer({ adapter: createMockAdapter({ dataset }), auth: { secret: SECRET, audience: AUDIENCE }, privacy, rateLimit: false });
  closers.push(() => http.close());
  targets.push({ label: 'http', client: createHttpClient({ baseUrl: http.url, getToken: (viewer) => signToken(viewer), queries: catalog }) });
}, 240_000);

afterAll(async () => {
  for (const close of closers.reverse()) await close();
  await db?.end();
  await server?.stop();
});

describe('seed 003’s literal SQL equals the catalog on every adapter', () => {
  it('has the adapters and a tutoring org with answers', () => {
    expect(targets.map((t) => t.label)).toHaveLength(6);
    expect(students.length).toBe(6);
  });

  it.each(['UTC', 'America/New_York'])('student accuracy over time = accuracyTrend (week), %s', async (zone) => {
    for (const { label, client } of targets) {
      let weeks = 0;
      for (const s of students) {
        // The seed's `submitted_at > ?` from a local midnight: the catalog's `from` is that day, inclusive.
        const midnight = (await db.query(`SELECT ($1::date::timestamp AT TIME ZONE $2) AS t`, [SINCE, zone])).rows[0].t as Date;
        const rows = await seedSql(`SELECT to_char(w, 'YYYY-MM-DD') AS week, accuracy FROM (${ACCURACY_OVER_TIME}) AS seed(w, accuracy) ORDER BY 1`, zone, [s.user_id, midnight]);
        const expected = rows.map((r) => ({ bucketStart: r.week, accuracy: n(r.accuracy) }));
        const result = await client.query('accuracyTrend', { bucket: 'week', userIds: [s.user_id], from: SINCE, timezone: zone, now: NOW }, { viewer: admin });
        expect(differences(result.points.map((p) => ({ bucketStart: p.bucketStart, accuracy: p.accuracy })), expected), `${label} ${s.user_id}`).toEqual([]);
        weeks += expected.length;
      }
      expect(weeks, label).toBeGreaterThan(10);
    }
  });

  it('topic mastery progression = topicMastery per learner', async () => {
    for (const { label, client } of targets) for (const s of students) {
      const rows = await seedSql(`SELECT * FROM (${TOPIC_MASTERY}) AS seed(topic, attempts, accuracy, avg_time) ORDER BY topic COLLATE "C"`, 'UTC', [s.user_id]);
      const expected = rows.map((r) => ({ topic: r.topic, attempts: n(r.attempts), accuracy: n(r.accuracy), avgTimeSeconds: n(r.avg_time) }));
      expect(expected.length).toBeGreaterThan(0);
      const result = await client.query('topicMastery', { userIds: [s.user_id], now: NOW }, { viewer: admin });
      const actual = result.topics.map((t) => ({ topic: t.topic, attempts: t.attempts, accuracy: t.accuracy, avgTimeSeconds: t.avgTimeSeconds }));
      expect(differences(actual, expected), `${label} ${s.user_id}`).toEqual([]);
    }
  });

  it('learning velocity = learningVelocity, in Europe/Berlin', async () => {
    for (const { label, client } of targets) for (const s of students) {
      const rows = await seedSql(`SELECT to_char(d, 'YYYY-MM-DD') AS day, q, t FROM (${LEARNING_VELOCITY}) AS seed(d, q, t) ORDER BY 1`, 'Europe/Berlin', [s.user_id]);
      const expected = rows.map((r) => ({ day: r.day, questionsAttempted: n(r.q), avgTimeSeconds: n(r.t) }));
      expect(expected.length).toBeGreaterThan(0);
      const result = await client.query('learningVelocity', { userIds: [s.user_id], timezone: 'Europe/Berlin', now: NOW }, { viewer: admin });
      const actual = result.days.map((d) => ({ day: d.day, questionsAttempted: d.questionsAttempted, avgTimeSeconds: d.avgTimeSeconds }));
      expect(differences(actual, expected), `${label} ${s.user_id}`).toEqual([]);
    }
  });

  it.each(['UTC', 'Asia/Kolkata'])('mv_student_performance = studentPerformance, refreshed in %s', async (zone) => {
    await seedSql(`DROP MATERIALIZED VIEW IF EXISTS mv_student_performance; ${MV_STUDENT_PERFORMANCE}`, zone);
    const rows = await seedSql(
      `SELECT student_user_id, total_attempts, correct_attempts, accuracy_pct, avg_time_seconds, unique_questions, days_active, last_attempt_at
       FROM mv_student_performance WHERE workspace_id = $1 ORDER BY student_user_id COLLATE "C"`,
      zone,
      [org.org_id],
    );
    const expected = rows.map((r) => ({
      userId: r.student_user_id,
      totalAttempts: n(r.total_attempts),
      correctAttempts: n(r.correct_attempts),
      accuracyPct: n(r.accuracy_pct),
      avgTimeSeconds: n(r.avg_time_seconds),
      uniqueQuestions: n(r.unique_questions),
      daysActive: n(r.days_active),
      lastAttemptAt: (r.last_attempt_at as Date).toISOString(),
    }));
    expect(expected.length).toBeGreaterThan(10);
    for (const { label, client } of targets) {
      const result = await client.query('studentPerformance', { sort: 'displayName', limit: 10_000, timezone: zone, now: NOW }, { viewer: admin });
      const actual = result.rows
        .map(({ displayName: _name, ...r }) => r)
        .sort((a, b) => (a.userId < b.userId ? -1 : 1));
      expect(result.total, label).toBe(expected.length);
      expect(differences(actual, expected), label).toEqual([]);
    }
  });
});
