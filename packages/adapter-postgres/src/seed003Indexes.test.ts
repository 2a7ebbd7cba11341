// The indexes docs/adapter-postgres.md lists for the tutoring queries on seed 003's schema, checked with EXPLAIN on a
// million attempts: the hot statements (a learner's accuracy trend and topic mastery, an org's student performance
// over a month) must read attempts through those indexes, not scan the table. The rows come from generate_series in
// SQL, so the setup costs seconds.
import { catalog, type AdapterRequest, type QueryName, type ResolvedScope } from '@learnlens/data-client';
import { sqlQueries, type SqlQuery } from '@learnlens/sql';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPostgres, type PostgresServer } from '../../../testing/postgres.js';
import { defineMapping } from './mapping/defineMapping.js';
import { createSeed003Tables } from './migrations/seed003.js';
import { seed003MappingSpec } from './presets/seed003.js';
import { PostgresSql } from './sql/dialect.js';

const SCHEMA = 'tutorassist';
const mapping = defineMapping({ ...seed003MappingSpec, schema: SCHEMA });

/** The indexes of docs/adapter-postgres.md ("Seed 003 indexes"), as that page gives them. */
export const SEED003_INDEXES = `
CREATE INDEX idx_attempts_student_date ON ${SCHEMA}.attempts (student_user_id, submitted_at DESC);
CREATE INDEX idx_attempts_analytics ON ${SCHEMA}.attempts (student_user_id, question_id, is_correct, submitted_at);
CREATE INDEX idx_attempts_workspace_date ON ${SCHEMA}.attempts (workspace_id, submitted_at);
CREATE INDEX idx_questions_workspace ON ${SCHEMA}.questions (workspace_id, id) INCLUDE (topic_id, difficulty);`;

let server: PostgresServer;
let db: pg.Client;

beforeAll(async () => {
  server = await startPostgres();
  db = new pg.Client({ connectionString: server.connectionString });
  await db.connect();
  await createSeed003Tables(db, SCHEMA);
  // 20 workspaces × 50 students × 1,000 answers = 1M attempts over 200 questions per workspace and a year.
  await db.query(`
    INSERT INTO ${SCHEMA}.workspaces (id, name) SELECT 'w' || w, 'Workspace ' || w FROM generate_series(1, 20) w;
    INSERT INTO ${SCHEMA}.workspace_members (workspace_id, user_id, role)
      SELECT 'w' || w, 'w' || w || '-s' || s, 'student' FROM generate_series(1, 20) w, generate_series(1, 50) s
      UNION ALL SELECT 'w' || w, 'w' || w || '-owner', 'owner' FROM generate_series(1, 20) w;
    INSERT INTO ${SCHEMA}.topics (id, workspace_id, name) SELECT 'w' || w || '-t' || t, 'w' || w, 'Topic ' || t FROM generate_series(1, 20) w, generate_series(1, 10) t;
    INSERT INTO ${SCHEMA}.questions (id, workspace_id, prompt_text, difficulty, topic_id)
      SELECT 'w' || w || '-q' || q, 'w' || w, 'Question ' || q, 1 + q % 5, 'w' || w || '-t' || (1 + q % 10) FROM generate_series(1, 20) w, generate_series(1, 200) q;
    INSERT INTO ${SCHEMA}.attempts (id, workspace_id, student_user_id, question_id, is_correct, time_spent_seconds, submitted_at)
      SELECT 'a' || i, 'w' || (1 + i % 20), 'w' || (1 + i % 20) || '-s' || (1 + (i / 20) % 50), 'w' || (1 + i % 20) || '-q' || (1 + (i * 7) % 200),
        CASE WHEN i % 15 = 0 THEN NULL ELSE i % 3 > 0 END, 20 + i % 100, timestamptz '2026-01-01' + (i % 525600) * interval '1 minute'
      FROM generate_series(1, 1000000) i;
    ${SEED003_INDEXES}
    ANALYZE;`);
}, 300_000);

afterAll(async () => {
  await db?.end();
  await server?.stop();
});

function request<N extends QueryName>(name: N, params: Record<string, unknown>, scope: Partial<ResolvedScope> = {}): AdapterRequest {
  const viewer = { userId: 'w3-owner', role: 'admin' as const, orgId: 'w3' };
  return {
    name,
    params: catalog[name].params.parse({ now: '2027-01-01T00:00:00Z', ...params }),
    scope: { orgId: 'w3', viewer, teamIds: null, userIds: null, peerUserIds: null, ...scope },
  } as unknown as AdapterRequest;
}

// The plan PostgreSQL picks for the statement the adapter sends: the index names it reads attempts through.
async function plan(r: AdapterRequest): Promise<string> {
  const s = new PostgresSql(r, mapping);
  const statement = (sqlQueries[r.name] as SqlQuery<QueryName>)(r as never, s);
  const { rows } = await db.query(`EXPLAIN ${statement.text}`, s.b.values);
  return rows.map((row: Record<string, string>) => row['QUERY PLAN']).join('\n');
}

describe('seed 003 indexes on a million attempts', () => {
  it('serves a learner’s accuracy trend from idx_attempts_student_date or idx_attempts_analytics', async () => {
    const text = await plan(request('accuracyTrend', { userIds: ['w3-s7'], from: '2026-03-01', to: '2026-06-01' }));
    expect(text).toMatch(/idx_attempts_(student_date|analytics)/);
    expect(text).not.toMatch(/Seq Scan on attempts/);
  });

  it('serves a learner’s topic mastery grid and learning velocity through the student indexes', async () => {
    for (const r of [request('topicMastery', { userIds: ['w3-s7'], grid: true }), request('learningVelocity', { userIds: ['w3-s7'] })]) {
      const text = await plan(r);
      expect(text, r.name).toMatch(/idx_attempts_(student_date|analytics)/);
      expect(text, r.name).not.toMatch(/Seq Scan on attempts/);
    }
  });

  it('serves an org’s month of student performance and calibration from idx_attempts_workspace_date', async () => {
    for (const r of [
      request('studentPerformance', { from: '2026-05-01', to: '2026-06-01' }),
      request('difficultyCalibration', { from: '2026-05-01', to: '2026-06-01' }),
    ]) {
      const text = await plan(r);
      expect(text, r.name).toMatch(/idx_attempts_workspace_date/);
      expect(text, r.name).not.toMatch(/Seq Scan on attempts/);
    }
  });
});
