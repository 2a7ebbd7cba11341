// Seed 003's question-quality SQL, run literally on PostgreSQL over generated data in the seed's own table shapes
// (ungraded answers stored with is_correct NULL, nothing left out), against questionQuality answered by the adapter
// over the same tables: "flag rate by question" and update_question_stats() (questionQuality), "question difficulty
// calibration" (difficultyCalibration's levels, grouped like the seed by the 1–5 difficulty).
import { createClient, type Viewer } from '@learnlens/data-client';
import { createMockDataset } from '@learnlens/mock';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPostgres, type PostgresServer } from '../../../testing/postgres.js';
import { createPostgresAdapter, type PostgresAdapter } from './createPostgresAdapter.js';
import { defineMapping } from './mapping/defineMapping.js';
import { createSeed003Tables } from './migrations/seed003.js';
import { seed003MappingSpec } from './presets/seed003.js';
import { differences } from './test-fixtures/compare.js';
import { loadSeed003 } from './test-fixtures/loadSeed003.js';

// Held-out data: a seed and size the conformance suite does not use; orgs 3 and 6 are tutoring orgs.
const dataset = createMockDataset({ seed: 31, orgs: 6, learnersPerOrg: 40, teamSize: 10, days: 120, endDate: '2026-11-01' });
const tutoringOrgs = dataset.orgs.filter((o) => o.score_scale === 'binary').map((o) => o.org_id);
// loadSeed003 stores every activity of a tutoring org as a seed question.
const questions = dataset.activities.filter((a) => tutoringOrgs.includes(a.org_id));

const SCHEMA = 'tutorassist';

// The seed's update_question_stats() (Action 2), as written there.
const UPDATE_QUESTION_STATS = `CREATE OR REPLACE FUNCTION update_question_stats(
  p_question_id TEXT,
  p_is_correct BOOLEAN,
  p_time_spent INTEGER
)
RETURNS VOID
LANGUAGE plpgsql
SECURITY DEFINER
AS $$
BEGIN
  UPDATE questions
  SET 
    times_attempted = times_attempted + 1,
    times_correct = times_correct + CASE WHEN p_is_correct THEN 1 ELSE 0 END,
    avg_time_seconds = CASE
      WHEN avg_time_seconds IS NULL THEN p_time_spent
      ELSE (avg_time_seconds * times_attempted + COALESCE(p_time_spent, 0)) / (times_attempted + 1)
    END,
    updated_at = NOW()
  WHERE id = p_question_id;
END;
$$;`;

// The seed's two "Question Quality Analytics" queries, as written there.
const DIFFICULTY_CALIBRATION = `SELECT difficulty, 
       AVG(CASE WHEN is_correct THEN 1 ELSE 0 END) as actual_difficulty
FROM questions q
JOIN attempts a ON q.id = a.question_id
GROUP BY difficulty;`;

const FLAG_RATE_BY_QUESTION = `SELECT q.id, q.prompt_text,
       COUNT(DISTINCT a.student_user_id) as attempts,
       COUNT(DISTINCT f.id) as flags
FROM questions q
LEFT JOIN attempts a ON q.id = a.question_id
LEFT JOIN question_flags f ON q.id = f.question_id
GROUP BY q.id;`;

// The seed 003 preset over the seed's own tables (createSeed003Tables).
const mapping = defineMapping({ ...seed003MappingSpec, schema: SCHEMA });

let server: PostgresServer;
let db: pg.Client;
let adapter: PostgresAdapter;
let client: ReturnType<typeof createClient>;

beforeAll(async () => {
  server = await startPostgres();
  db = new pg.Client({ connectionString: server.connectionString });
  await db.connect();
  await createSeed003Tables(db, SCHEMA);
  // Every submitted answer at a question, graded or not (an ungraded one keeps is_correct NULL), and every flag.
  await loadSeed003(db, dataset, SCHEMA);
  await db.query(`SET search_path TO ${SCHEMA}`);
  const counts = (await db.query('SELECT (SELECT count(*) FROM attempts WHERE is_correct IS NULL) AS ungraded, (SELECT count(*) FROM question_flags) AS flags')).rows[0];
  expect(Number(counts.ungraded)).toBeGreaterThan(0);
  expect(Number(counts.flags)).toBeGreaterThan(5);
  adapter = createPostgresAdapter({ connectionString: server.connectionString, mapping });
  client = createClient({ adapter });
}, 120_000);

afterAll(async () => {
  await adapter?.close();
  await db?.end();
  await server?.stop();
});

/** Every question row of every tutoring workspace, as the workspace's owner sees them. */
async function ourRows() {
  const rows = [];
  for (const orgId of tutoringOrgs) {
    const owner = dataset.users.find((u) => u.org_id === orgId && u.role === 'admin')!;
    const viewer: Viewer = { userId: owner.user_id, role: 'admin', orgId };
    const result = await client.query('questionQuality', { sort: 'title', limit: 10_000 }, { viewer });
    expect(result.rows.length).toBe(result.total);
    rows.push(...result.rows);
  }
  return rows;
}

describe("seed 003's question quality queries", () => {
  it('should give the learners and flags of "flag rate by question"', async () => {
    const seed = (await db.query(FLAG_RATE_BY_QUESTION)).rows;
    expect(seed.length).toBe(questions.length);
    const ours = new Map((await ourRows()).map((r) => [r.activityId, r]));
    // A question nobody answered or flagged is a row of zeros in the seed's query and no row in ours.
    const expected = seed
      .filter((r) => Number(r.attempts) > 0 || Number(r.flags) > 0)
      .map((r) => ({ id: r.id, title: r.prompt_text, learners: Number(r.attempts), flags: Number(r.flags) }))
      .sort((x, y) => (x.id < y.id ? -1 : 1));
    const actual = expected.map((e) => {
      const r = ours.get(e.id);
      return r === undefined ? null : { id: r.activityId, title: r.title, learners: r.learners, flags: r.flags };
    });
    expect(expected.length).toBeGreaterThan(10);
    expect(expected.filter((e) => e.flags > 0).length).toBeGreaterThan(3);
    expect(differences(actual, expected)).toEqual([]);
    expect(ours.size).toBe(expected.length);
    for (const r of ours.values()) expect(r.flagRate).toBe(r.learners === 0 ? null : r.flags / r.learners);
  });

  it("should give the seed's actual difficulty per 1–5 difficulty as difficultyCalibration's levels", async () => {
    // The seed's query runs over every workspace; difficultyCalibration answers one org, so its levels are summed.
    const seed = (await db.query(DIFFICULTY_CALIBRATION)).rows;
    const totals = new Map<number, { attempts: number; correct: number; questions: number }>();
    for (const orgId of tutoringOrgs) {
      const owner = dataset.users.find((u) => u.org_id === orgId && u.role === 'admin')!;
      const result = await client.query('difficultyCalibration', {}, { viewer: { userId: owner.user_id, role: 'admin', orgId } });
      expect(result.levels.map((l) => l.difficultyLevel)).toEqual([...result.levels.map((l) => l.difficultyLevel)].sort());
      for (const l of result.levels) {
        const t = totals.get(l.difficultyLevel!) ?? { attempts: 0, correct: 0, questions: 0 };
        t.attempts += l.attempts;
        t.correct += l.correct;
        t.questions += l.questions;
        totals.set(l.difficultyLevel!, t);
      }
    }
    const expected = seed
      .map((r) => ({ difficulty: Number(r.difficulty), accuracy: Number(r.actual_difficulty) }))
      .sort((x, y) => x.difficulty - y.difficulty);
    const actual = [...totals]
      .map(([difficulty, t]) => ({ difficulty, accuracy: t.correct / t.attempts }))
      .sort((x, y) => x.difficulty - y.difficulty);
    // Five levels, not three bands: 1 and 2 (easy) and 4 and 5 (hard) are rows of their own, as in the seed.
    expect(expected.map((e) => e.difficulty)).toEqual([1, 2, 3, 4, 5]);
    expect(differences(actual, expected)).toEqual([]);
    const answered = (await db.query('SELECT q.difficulty, count(DISTINCT q.id) AS n FROM questions q JOIN attempts a ON q.id = a.question_id GROUP BY 1 ORDER BY 1')).rows;
    expect(answered.map((r) => ({ difficulty: Number(r.difficulty), questions: Number(r.n) }))).toEqual(
      [...totals].map(([difficulty, t]) => ({ difficulty, questions: t.questions })).sort((x, y) => x.difficulty - y.difficulty),
    );
  });

  it("should count update_question_stats()'s times_attempted and times_correct, and its average time where every answer has one", async () => {
    // The seed's function, called once per answer as each is submitted, from counters at zero.
    await db.query(UPDATE_QUESTION_STATS);
    await db.query('UPDATE questions SET times_attempted = 0, times_correct = 0, avg_time_seconds = NULL');
    await db.query(`DO $$
      DECLARE r record;
      BEGIN
        FOR r IN SELECT question_id, is_correct, time_spent_seconds FROM attempts ORDER BY submitted_at, id LOOP
          PERFORM update_question_stats(r.question_id, r.is_correct, r.time_spent_seconds);
        END LOOP;
      END $$`);
    const seed = (await db.query(`SELECT id, times_attempted, times_correct, avg_time_seconds,
        (SELECT count(*) FROM attempts a WHERE a.question_id = q.id AND a.time_spent_seconds IS NULL) AS untimed
      FROM questions q WHERE times_attempted > 0 ORDER BY id`)).rows;
    const ours = new Map((await ourRows()).map((r) => [r.activityId, r]));
    const expected = seed.map((r) => ({
      id: r.id,
      attempts: Number(r.times_attempted),
      correct: Number(r.times_correct),
      accuracy: (Number(r.times_correct) * 100) / Number(r.times_attempted),
      // The function's running mean counts an answer without a time as 0 once a time was recorded: it is the
      // plain mean only when every answer has a time.
      avgTimeSeconds: Number(r.untimed) === 0 ? Number(r.avg_time_seconds) : 'untimed answers',
    }));
    const actual = expected.map((e) => {
      const r = ours.get(e.id)!;
      return { id: r.activityId, attempts: r.attempts, correct: r.correct, accuracy: r.accuracy, avgTimeSeconds: e.avgTimeSeconds === 'untimed answers' ? e.avgTimeSeconds : r.avgTimeSeconds };
    });
    expect(expected.filter((e) => typeof e.avgTimeSeconds === 'number').length).toBeGreaterThan(10);
    expect(differences(actual, expected)).toEqual([]);
  });
});
