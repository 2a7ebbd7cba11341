// Seed 003's own SQL, run verbatim on PostgreSQL over its own table shapes, against the project's answers on every
// adapter. A held-out generated dataset (seed 2003, not the conformance one) is loaded twice: as canonical tables for
// the mock, PostgreSQL (canonical mapping), DuckDB, ClickHouse and the HTTP server, and as seed 003's `workspaces`,
// `workspace_members`, `topics`, `questions` and `attempts` (createSeed003Tables) for the seed's queries and the seed 003
// preset.
//
// Seed rows from canonical ones, as the preset reads them back: a question is an activity of kind 'question' (the
// seed's question bank has no lessons); an attempts row is a submitted answer (an attempt that ended; one still running
// or abandoned was never stored), with is_correct = score = 1 (null when ungraded: no row is dropped for it) and
// submitted_at = ended_at, when the answer was submitted (its start plus the time taken). The tutoring queries place
// an answer at that instant, as the seed does; a control schema whose submitted_at is the start instead shows that each
// comparison below would fail for a query that placed answers at their start.
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
/** The same tables, but with each answer's submitted_at set to when it started: the seed's SQL over a wrong instant. */
const BY_START = 'tutorassist_by_start';
const dataset = createMockDataset({ endDate: '2026-11-01', seed: 2003, orgs: 3, learnersPerOrg: 18, days: 56, withEvents: false });
const org = dataset.orgs.find((o) => o.score_scale === 'binary')!;
const admin: Viewer = { userId: dataset.users.find((u) => u.org_id === org.org_id && u.role === 'admin')!.user_id, role: 'admin', orgId: org.org_id };
const NOW = `${dataset.meta.endDate}T00:00:00.000Z`;
const SINCE = '2026-09-14';

type Answer = { attempt_id: string; org_id: string; user_id: string; activity_id: string; score: number | null; duration_seconds: number | null; started_at: string; ended_at: string | null };
const questionIds = new Set(dataset.activities.filter((a) => a.org_id === org.org_id && a.kind === 'question').map((a) => a.activity_id));
/** The tutoring org's answers as the seed stores them: submitted attempts at questions. */
const answers = ([...tableRows(dataset, 'attempts')] as unknown as Answer[]).filter((a) => a.org_id === org.org_id && questionIds.has(a.activity_id) && a.ended_at !== null);

// Answers started on one local day and submitted on the next (not at midnight itself, which the seed's strict
// `submitted_at > ?` and an inclusive `from` would both leave on the later day): a query that placed answers at their
// start would move them a day. Learners answer in the org's daytime and evening, so for a viewer in another zone some
// answers run over the viewer's midnight: ZONE is the zone of those below where the generated data holds the most.
const dateIn = (zone: string, iso: string) => new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(iso));
const timeIn = (zone: string, iso: string) =>
  new Intl.DateTimeFormat('en-GB', { timeZone: zone, hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' }).format(new Date(iso));
const overMidnightIn = (zone: string) => answers.filter((a) => dateIn(zone, a.started_at) !== dateIn(zone, a.ended_at!) && timeIn(zone, a.ended_at!) !== '00:00:00');
const ZONE = [org.timezone, 'Asia/Kolkata', 'Asia/Tokyo', 'America/Los_Angeles', 'Australia/Sydney', 'Asia/Kathmandu', 'Pacific/Auckland']
  .map((zone) => ({ zone, n: overMidnightIn(zone).length }))
  .reduce((best, x) => (x.n > best.n ? x : best)).zone;
const localDate = (iso: string) => dateIn(ZONE, iso);
const overMidnight = overMidnightIn(ZONE);
/** The local day after an answer ran over midnight: the seed's `submitted_at > ?` from it holds that answer, and only by its submit instant. */
const CROSSING_DAY = overMidnight.length === 0 ? SINCE : localDate(overMidnight[overMidnight.length - 1]!.ended_at!);
const students = [
  ...new Map(
    [...dataset.users.filter((u) => u.org_id === org.org_id && u.role === 'learner').slice(0, 6), ...overMidnight.map((a) => dataset.users.find((u) => u.user_id === a.user_id)!)]
      .map((u) => [u.user_id, u]),
  ).values(),
];

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

async function insert(table: string, columns: Array<[string, string]>, rows: unknown[][], schema = SCHEMA): Promise<void> {
  const names = columns.map(([c]) => c).join(', ');
  const arrays = columns.map(([, t], k) => `$${k + 1}::${t}[]`).join(', ');
  await db.query(`INSERT INTO ${schema}.${table} (${names}) SELECT * FROM unnest(${arrays})`, columns.map((_, c) => rows.map((r) => r[c])));
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
  const columns: Array<[string, string]> = [['id', 'text'], ['workspace_id', 'text'], ['student_user_id', 'text'], ['question_id', 'text'],
    ['is_correct', 'boolean'], ['time_spent_seconds', 'int'], ['submitted_at', 'timestamptz']];
  const row = (a: Answer, at: string) => [a.attempt_id, a.org_id, a.user_id, a.activity_id, a.score === null ? null : a.score === 1, a.duration_seconds, at];
  await insert('attempts', columns, answers.map((a) => row(a, a.ended_at!)));
  // The control: the same answers placed at their start, which the seed does not record.
  await db.query(`CREATE SCHEMA ${BY_START}; CREATE TABLE ${BY_START}.questions AS SELECT * FROM ${SCHEMA}.questions;
    CREATE TABLE ${BY_START}.attempts AS SELECT * FROM ${SCHEMA}.attempts WITH NO DATA`);
  await insert('attempts', columns, answers.map((a) => row(a, a.started_at)), BY_START);
  // The two instants differ for every answer (the time taken), and some answers ran over midnight.
  expect(answers.every((a) => a.ended_at! > a.started_at)).toBe(true);
  expect(overMidnight.length).toBeGreaterThan(0);
  // Ungraded answers are in the table, as the seed stores them.
  expect(Number((await db.query(`SELECT count(*) FROM ${SCHEMA}.attempts WHERE is_correct IS NULL`)).rows[0].count)).toBeGreaterThan(0);
}

// The seed's SQL in the seed's own schema (or the control's), with the session's time zone (DATE_TRUNC and DATE follow it).
async function seedSql(sql: string, zone: string, values: unknown[] = [], schema = SCHEMA): Promise<Row[]> {
  await db.query(`SET search_path = ${schema}; SET TimeZone = '${zone}'`);
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
    // Six learners, and the ones whose answers ran over ZONE's midnight.
    expect(students.length).toBeGreaterThan(6);
    expect(overMidnight.every((a) => students.some((s) => s.user_id === a.user_id))).toBe(true);
  });

  it.each([
    { zone: 'UTC', since: SINCE, weeks: 10 },
    { zone: 'America/New_York', since: SINCE, weeks: 10 },
    // From the day an answer that ran over midnight was submitted: it counts by its submit instant only.
    { zone: ZONE, since: CROSSING_DAY, weeks: 0, mustDiffer: true },
  ])('student accuracy over time = accuracyTrend (week), $zone since $since', async ({ zone, since, weeks: minWeeks, mustDiffer }) => {
    const seed = async (studentId: string, schema: string) => {
      // The seed's `submitted_at > ?` from a local midnight: the catalog's `from` is that day, inclusive.
      const midnight = (await db.query(`SELECT ($1::date::timestamp AT TIME ZONE $2) AS t`, [since, zone])).rows[0].t as Date;
      const rows = await seedSql(`SELECT to_char(w, 'YYYY-MM-DD') AS week, accuracy FROM (${ACCURACY_OVER_TIME}) AS seed(w, accuracy) ORDER BY 1`, zone, [studentId, midnight], schema);
      return rows.map((r) => ({ bucketStart: r.week, accuracy: n(r.accuracy) }));
    };
    let byStartDiffers = 0;
    for (const s of students) if (differences(await seed(s.user_id, BY_START), await seed(s.user_id, SCHEMA)).length > 0) byStartDiffers++;
    if (mustDiffer) expect(byStartDiffers, 'a query by start would fail here').toBeGreaterThan(0);
    for (const { label, client } of targets) {
      let weeks = 0;
      for (const s of students) {
        const expected = await seed(s.user_id, SCHEMA);
        const result = await client.query('accuracyTrend', { bucket: 'week', userIds: [s.user_id], from: since, timezone: zone, now: NOW }, { viewer: admin });
        expect(differences(result.points.map((p) => ({ bucketStart: p.bucketStart, accuracy: p.accuracy })), expected), `${label} ${s.user_id}`).toEqual([]);
        weeks += expected.length;
      }
      expect(weeks, label).toBeGreaterThan(minWeeks);
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

  it.each(['Europe/Berlin', ZONE])('learning velocity = learningVelocity, in %s', async (zone) => {
    const seed = async (studentId: string, schema: string) =>
      (await seedSql(`SELECT to_char(d, 'YYYY-MM-DD') AS day, q, t FROM (${LEARNING_VELOCITY}) AS seed(d, q, t) ORDER BY 1`, zone, [studentId], schema))
        .map((r) => ({ day: r.day, questionsAttempted: n(r.q), avgTimeSeconds: n(r.t) }));
    let byStartDiffers = 0;
    for (const s of students) if (differences(await seed(s.user_id, BY_START), await seed(s.user_id, SCHEMA)).length > 0) byStartDiffers++;
    // In the org's zone, the answers that ran over its midnight land on another day by their start.
    if (zone === ZONE) expect(byStartDiffers, 'a query by start would fail here').toBeGreaterThan(0);
    for (const { label, client } of targets) for (const s of students) {
      const expected = await seed(s.user_id, SCHEMA);
      expect(expected.length).toBeGreaterThan(0);
      const result = await client.query('learningVelocity', { userIds: [s.user_id], timezone: zone, now: NOW }, { viewer: admin });
      const actual = result.days.map((d) => ({ day: d.day, questionsAttempted: d.questionsAttempted, avgTimeSeconds: d.avgTimeSeconds }));
      expect(differences(actual, expected), `${label} ${s.user_id}`).toEqual([]);
    }
  });

  it.each([...new Set(['UTC', ZONE])])('mv_student_performance = studentPerformance, refreshed in %s', async (zone) => {
    const seed = async (schema: string) => {
      await seedSql(`DROP MATERIALIZED VIEW IF EXISTS mv_student_performance; ${MV_STUDENT_PERFORMANCE}`, zone, [], schema);
      return seedSql(
        `SELECT student_user_id, total_attempts, correct_attempts, accuracy_pct, avg_time_seconds, unique_questions, days_active, last_attempt_at
         FROM mv_student_performance WHERE workspace_id = $1 ORDER BY student_user_id COLLATE "C"`,
        zone,
        [org.org_id],
        schema,
      );
    };
    const rows = await seed(SCHEMA);
    const rowsByStart = await seed(BY_START);
    // Every learner's last attempt is another instant by start; in the org's zone, days active differ too.
    const daysOf = (list: Row[]) => list.map((r) => [r.student_user_id, n(r.days_active)]);
    expect(differences(rowsByStart.map((r) => (r.last_attempt_at as Date).toISOString()), rows.map((r) => (r.last_attempt_at as Date).toISOString())).length).toBeGreaterThan(0);
    if (zone === ZONE) expect(differences(daysOf(rowsByStart), daysOf(rows)).length, 'days active by start').toBeGreaterThan(0);
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
