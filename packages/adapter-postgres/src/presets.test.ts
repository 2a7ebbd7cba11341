// The seed 003 (TutorAssist) and seed 000 (IELTS writing) presets on small hand-built rows in their own schemas,
// with uuid keys as in Supabase; every expected number is worked out in the comments.
import { createClient, type Viewer } from '@learnlens/data-client';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPostgres, type PostgresServer } from '../../../testing/postgres.js';
import { createPostgresAdapter, type PostgresAdapter } from './createPostgresAdapter.js';
import { createCanonicalSchema } from './migrations/canonical.js';
import { seed000Mapping } from './presets/seed000.js';
import { defineMapping } from './mapping/defineMapping.js';
import { createSeed003Tables } from './migrations/seed003.js';
import { seed003Mapping, seed003MappingSpec } from './presets/seed003.js';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

let server: PostgresServer;
let db: pg.Client;
const adapters: PostgresAdapter[] = [];

beforeAll(async () => {
  server = await startPostgres();
  db = new pg.Client({ connectionString: server.connectionString });
  await db.connect();
});

afterAll(async () => {
  await Promise.all(adapters.map((a) => a.close()));
  await db?.end();
  await server?.stop();
});

function clientFor(mapping: typeof seed003Mapping) {
  const adapter = createPostgresAdapter({ connectionString: server.connectionString, mapping });
  adapters.push(adapter);
  return createClient({ adapter, privacy: { showPeerNames: true } });
}

describe('the seed 003 preset (TutorAssist attempts)', () => {
  const [W1, W2, T1, S1, S2, T2, S3, Q1, Q2, Q3] = [1, 2, 11, 12, 13, 21, 22, 31, 32, 33].map(id) as string[] as [string, string, string, string, string, string, string, string, string, string];
  // The workspace's one tutor: a manager whose team is every student of the workspace (none has another tutor).
  const tutor: Viewer = { userId: T1, role: 'manager', orgId: W1 };
  const student: Viewer = { userId: S1, role: 'learner', orgId: W1 };
  let client: ReturnType<typeof createClient>;

  beforeAll(async () => {
    await createCanonicalSchema(db);
    // The seed's tables in their own schema (they share names with the canonical ones), as createSeed003Tables makes them.
    await createSeed003Tables(db, 'tutorassist');
    await db.query('SET search_path TO tutorassist');
    await db.query(`INSERT INTO workspaces VALUES ($1, 'Ms Rivera'), ($2, 'Mr Okafor')`, [W1, W2]);
    await db.query(`INSERT INTO workspace_members VALUES ($1, $2, 'tutor'), ($1, $3, 'student'), ($1, $4, 'student'), ($5, $6, 'tutor'), ($5, $7, 'student')`, [W1, T1, S1, S2, W2, T2, S3]);
    await db.query(`INSERT INTO questions VALUES ($1, $4, 'Solve 2x = 6', 1, NULL), ($2, $4, 'Factor x^2 - 1', 2, NULL), ($3, $5, 'Define a prime', 1, NULL)`, [Q1, Q2, Q3, W1, W2]);
    await db.query(
      `INSERT INTO attempts (workspace_id, student_user_id, question_id, is_correct, submitted_at, time_spent_seconds) VALUES
         ($1, $2, $4, true,  '2026-03-02T10:00:00Z', 30),
         ($1, $2, $4, false, '2026-03-03T10:00:00Z', 60),
         ($1, $2, $5, true,  '2026-03-04T10:00:00Z', 20),
         ($1, $3, $4, true,  '2026-03-10T09:00:00Z', 40),
         ($1, $3, $5, NULL,  '2026-03-11T09:00:00Z', 10),
         ($6, $7, $8, true,  '2026-03-05T09:00:00Z', 15)`,
      [W1, S1, S2, Q1, Q2, W2, S3, Q3],
    );
    await db.query('RESET search_path');
    client = clientFor(defineMapping({ ...seed003MappingSpec, schema: 'tutorassist' }));
  });

  it('should give the workspace overview: accuracy over graded answers, the other workspace left out', async () => {
    // W1: 5 answers by 2 students; graded 1, 0, 1, 1 → 0.75. Since 03-05 12:00: 03-10, 03-11 (2); the 7 days
    // before: 03-02, 03-03, 03-04 (3).
    expect(await client.query('orgOverview', { now: '2026-03-12T12:00:00Z' }, { viewer: tutor })).toEqual({
      activeUsers: 2,
      totalAttempts: 5,
      avgScore: 0.75,
      lastActivity: '2026-03-11T09:00:00.000Z',
      attemptsLast7Days: 2,
      attemptsLast30Days: 5,
      attemptsPrevious7Days: 3,
      attemptsPrevious30Days: 0,
    });
  });

  it("should give a student's weekly accuracy as the seed's accuracy-over-time query does", async () => {
    const trend = await client.query('scoreTrend', { now: '2026-03-12T12:00:00Z', bucket: 'week', userIds: [S1] }, { viewer: tutor });
    // The week of Monday 03-02: correct, wrong, correct → 2/3.
    expect(trend.points).toEqual([
      { bucketStart: '2026-03-02', avgScore: 2 / 3, attempts: 3, scoredAttempts: 3, completedAttempts: 3, submittedAttempts: 3, correctAttempts: 2, accuracy: 2 / 3 },
    ]);
    const { rows } = await db.query(
      `SELECT to_char(DATE_TRUNC('week', submitted_at), 'YYYY-MM-DD') AS week,
         COUNT(*) FILTER (WHERE is_correct) * 100.0 / COUNT(*) as accuracy
       FROM tutorassist.attempts WHERE student_user_id = $1 AND submitted_at > $2 GROUP BY 1`,
      [S1, '2026-01-01'],
    );
    expect(rows.map((r) => r.week)).toEqual(trend.points.map((p) => p.bucketStart));
    rows.forEach((r, k) => expect(Number(r.accuracy)).toBeCloseTo(trend.points[k]!.accuracy! * 100, 9));
  });

  it('should count an ungraded answer as not correct in accuracy, as the seed does, but not in the average score', async () => {
    // S2 in the week of 03-09: correct, then ungraded (is_correct NULL) → the seed's 50 %, the graded average 1.
    const trend = await client.query('scoreTrend', { now: '2026-03-12T12:00:00Z', bucket: 'week', userIds: [S2] }, { viewer: tutor });
    expect(trend.points).toEqual([
      { bucketStart: '2026-03-09', avgScore: 1, attempts: 2, scoredAttempts: 1, completedAttempts: 2, submittedAttempts: 2, correctAttempts: 1, accuracy: 0.5 },
    ]);
    const { rows } = await db.query(
      `SELECT COUNT(*) FILTER (WHERE is_correct) * 100.0 / COUNT(*) as accuracy FROM tutorassist.attempts WHERE student_user_id = $1`,
      [S2],
    );
    expect(Number(rows[0].accuracy)).toBe(50);
    const stats = await client.query('personalStats', { now: '2026-03-12T12:00:00Z', userId: S2 }, { viewer: tutor });
    expect(stats).toMatchObject({ avgScore: 1, accuracy: 0.5, avgScoreThisWeek: 1, accuracyThisWeek: 0.5 });
  });

  it('should rank students by accuracy and describe each question', async () => {
    const board = await client.query('leaderboard', { now: '2026-03-12T12:00:00Z', period: 'range', from: '2026-03-01', to: '2026-03-15' }, { viewer: tutor });
    // S2: one graded answer, correct (40 s); S1: 2 of 3 (30 + 60 + 20 s).
    expect(board.rows.map((r) => [r.userId, r.rank, r.avgScore, r.attempts, r.totalDurationSeconds])).toEqual([
      [S2, 1, 1, 1, 40],
      [S1, 2, 2 / 3, 3, 110],
    ]);
    const insights = await client.query('activityInsights', { now: '2026-03-12T12:00:00Z' }, { viewer: tutor });
    // Q1: 1, 0, 1 → mean 2/3, sample stddev √((1/9 + 4/9 + 1/9) / 2) = √(1/3), median 1, (30 + 60 + 40) / 3 s.
    expect(insights).toEqual({
      total: 2,
      rows: [
        { activityId: Q1, activityName: 'Solve 2x = 6', attemptCount: 3, avgScore: 2 / 3, scoreStddev: expect.closeTo(Math.sqrt(1 / 3), 12), medianScore: 1, avgDurationSeconds: 130 / 3, lastAttemptedAt: '2026-03-10T09:00:00.000Z' },
        { activityId: Q2, activityName: 'Factor x^2 - 1', attemptCount: 1, avgScore: 1, scoreStddev: null, medianScore: 1, avgDurationSeconds: 20, lastAttemptedAt: '2026-03-04T10:00:00.000Z' },
      ],
    });
  });

  it("should keep a student to their own answers and streak", async () => {
    const stats = await client.query('personalStats', { now: '2026-03-05T12:00:00Z', bucket: 'day' }, { viewer: student });
    // 03-02, 03-03, 03-04 answered; today 03-05 not yet, so the streak ends yesterday: 3 days.
    expect(stats).toMatchObject({ userId: S1, attemptsThisWeek: 3, avgScoreThisWeek: 2 / 3, totalAttempts: 3, currentStreakDays: 3 });
    await expect(client.query('recentAttempts', { userIds: [S2] }, { viewer: student })).rejects.toMatchObject({ code: 'SCOPE' });
    await expect(client.query('recentAttempts', { userIds: [S3] }, { viewer: tutor })).rejects.toMatchObject({ code: 'SCOPE' });
    await expect(client.query('orgOverview', {}, { viewer: { ...tutor, orgId: W2 } })).rejects.toMatchObject({ code: 'SCOPE' });
  });

  it('should refuse the queries TutorAssist has no tables for', async () => {
    for (const name of ['masteryTrend', 'learnerActivitySummary', 'eventFrequency'] as const) {
      const params = name === 'eventFrequency' ? { eventType: 'filler_word' } : {};
      await expect(client.query(name, params as never, { viewer: tutor })).rejects.toMatchObject({ code: 'UNSUPPORTED_QUERY' });
    }
  });
});

describe('the seed 000 preset (IELTS exam attempts)', () => {
  const [A, B, TA, P1, P2, TB, P3] = [101, 102, 111, 112, 113, 121, 122].map(id) as [string, string, string, string, string, string, string];
  const teacher: Viewer = { userId: TA, role: 'admin', orgId: A };
  let client: ReturnType<typeof createClient>;

  beforeAll(async () => {
    await db.query(`
      CREATE TABLE organizations (id uuid PRIMARY KEY, name text);
      CREATE TABLE profiles (id uuid PRIMARY KEY, full_name text, email text, plan text);
      CREATE TABLE memberships (organization_id uuid, user_id uuid, role text, PRIMARY KEY (organization_id, user_id));
      CREATE TABLE exam_attempts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(), user_id uuid NOT NULL, task1_band numeric(2, 1),
        task2_band numeric(2, 1), goal_band numeric(2, 1), created_at timestamptz NOT NULL, submitted_at timestamptz,
        updated_at timestamptz);
      CREATE TABLE account_audit_log (
        id uuid PRIMARY KEY, user_id uuid NOT NULL, organization_id uuid NOT NULL, action text NOT NULL, format text NOT NULL,
        row_count integer NOT NULL, details jsonb NOT NULL, created_at timestamptz NOT NULL);`);
    await db.query(`INSERT INTO organizations VALUES ($1, 'Harbour School'), ($2, 'Hilltop Tutors')`, [A, B]);
    await db.query(
      `INSERT INTO profiles VALUES ($1, 'Tess Teacher', 'tess@a.example', 'master'), ($2, 'Pia One', 'pia@a.example', 'starter'),
         ($3, 'Per Two', 'per@b.example', 'booster'), ($4, 'Tom Teacher', 'tom@b.example', 'master'), ($5, 'Pat Three', 'pat@b.example', 'free')`,
      [TA, P1, P2, TB, P3],
    );
    // P2 belongs to both organizations.
    await db.query(
      `INSERT INTO memberships VALUES ($1, $3, 'teacher'), ($1, $4, 'student'), ($1, $5, 'student'), ($2, $6, 'teacher'), ($2, $5, 'student'), ($2, $7, 'student')`,
      [A, B, TA, P1, P2, TB, P3],
    );
    await db.query(
      `INSERT INTO exam_attempts (user_id, task1_band, task2_band, goal_band, created_at, submitted_at) VALUES
         ($1, 6.5, 7.0, 7.5, '2026-05-04T09:00:00Z', '2026-05-04T09:50:00Z'),
         ($1, NULL, 6.0, 7.5, '2026-05-05T09:00:00Z', '2026-05-05T09:40:00Z'),
         ($2, 5.5, 6.5, NULL, '2026-05-06T18:00:00Z', '2026-05-06T19:00:00Z'),
         ($2, NULL, NULL, NULL, '2026-05-07T18:00:00Z', NULL),
         ($3, 8.0, 8.0, 8.0, '2026-05-06T07:00:00Z', '2026-05-06T08:00:00Z')`,
      [P1, P2, P3],
    );
    client = clientFor(seed000Mapping);
  });

  it("should give an org its members' attempts with the mean band as the score", async () => {
    // A: P1's two (6.75, 6.0) and P2's two (6.0, and a draft with no band and no submission); 3 submitted.
    expect(await client.query('orgOverview', { now: '2026-05-08T12:00:00Z' }, { viewer: teacher })).toEqual({
      activeUsers: 2,
      totalAttempts: 3,
      avgScore: (6.75 + 6 + 6) / 3,
      lastActivity: '2026-05-06T19:00:00.000Z',
      attemptsLast7Days: 3,
      attemptsLast30Days: 3,
      attemptsPrevious7Days: 0,
      attemptsPrevious30Days: 0,
    });
    const board = await client.query('leaderboard', { now: '2026-05-08T12:00:00Z', period: 'range', from: '2026-05-01', to: '2026-05-11' }, { viewer: teacher });
    // P1: (6.75 + 6) / 2 = 6.375; P2: 6 (the draft has no score).
    expect(board.rows.map((r) => [r.displayName, r.rank, r.avgScore, r.attempts])).toEqual([
      ['Pia One', 1, 6.375, 2],
      ['Per Two', 2, 6, 1],
    ]);
  });

  it('should export the BI rows of the active org only', async () => {
    const page = await client.query('exportRows', { now: '2026-05-08T12:00:00Z' }, { viewer: teacher });
    expect(page.total).toBe(4);
    expect(page.rows.map((r) => [r.display_name, r.plan, r.org_ids, r.submitted_at, r.goal_band, r.average_band, r.task1_band, r.task2_band, r.activity_id])).toEqual([
      ['Pia One', 'starter', A, '2026-05-04T09:50:00.000Z', 7.5, 6.75, 6.5, 7, 'ielts_writing'],
      ['Pia One', 'starter', A, '2026-05-05T09:40:00.000Z', 7.5, 6, null, 6, 'ielts_writing'],
      ['Per Two', 'booster', A, '2026-05-06T19:00:00.000Z', null, 6, 5.5, 6.5, 'ielts_writing'],
      // A draft: submitted_at falls back to when it was started.
      ['Per Two', 'booster', A, '2026-05-07T18:00:00.000Z', null, null, null, null, 'ielts_writing'],
    ]);
    const other = await client.query('exportRows', {}, { viewer: { userId: TB, role: 'admin', orgId: B } });
    expect(other.rows.map((r) => [r.user_id, r.org_id])).toEqual([[P3, B], [P2, B], [P2, B]]);
  });

  it('should record each export in account_audit_log', async () => {
    const result = await client.export({ format: 'csv', params: { now: '2026-05-08T12:00:00Z', from: '2026-05-01', to: '2026-05-06' }, viewer: teacher });
    expect(result.rowCount).toBe(2);
    const { rows } = await db.query('SELECT id, user_id, organization_id, action, format, row_count, details, created_at FROM account_audit_log');
    expect(rows).toEqual([
      {
        id: result.audit.audit_id,
        user_id: TA,
        organization_id: A,
        action: 'export',
        format: 'csv',
        row_count: 2,
        details: { role: 'admin', query: 'exportRows', params: result.audit.params },
        created_at: new Date(result.audit.at),
      },
    ]);
  });

  it("should give each student's task and overall bands against their latest goal", async () => {
    // Seed 000 gives no SQL for bands, only average_band = the mean of the task bands present rounded to 2 decimals.
    // Pia: 6.5/7.0 (6.75) and -/6.0 (6), goal 7.5: overall round(6.375, 2) = 6.38 (halves away from zero), below it.
    // Per: 5.5/6.5 (6), no goal; the draft has no band. Everyone: task 1 (6.5 + 5.5) / 2, task 2 (7 + 6 + 6.5) / 3.
    const now = '2026-05-08T12:00:00Z';
    const result = await client.query('bandProgress', { now }, { viewer: teacher });
    expect(result.rows.map((r) => [r.name, r.attempts, r.task1Band, r.task2Band, r.overallBand, r.goalBand, r.learnersAtGoal])).toEqual([
      ['Pia One', 2, 6.5, 6.5, 6.38, 7.5, 0],
      ['Per Two', 1, 5.5, 6.5, 6, null, 0],
    ]);
    expect(result.summary).toEqual({
      learners: 2, attempts: 3, task1Band: 6, task2Band: 6.5, overallBand: 6.25, goalBand: 7.5, learnersWithGoal: 1, learnersAtGoal: 0, atGoalShare: 0,
    });
    // Seed 000 has no teams: grouped by team, everyone is in the one row without a team.
    const teams = await client.query('bandProgress', { now, groupBy: 'team' }, { viewer: teacher });
    expect(teams.rows).toEqual([{ id: null, name: '', ...result.summary }]);
    // A student reads their own row only.
    const own = await client.query('bandProgress', { now }, { viewer: { userId: P1, role: 'learner', orgId: A } });
    expect(own.rows.map((r) => r.id)).toEqual([P1]);
  });

  it('should keep a student to their own attempts', async () => {
    const student: Viewer = { userId: P1, role: 'learner', orgId: A };
    const recent = await client.query('recentAttempts', {}, { viewer: student });
    expect(recent.rows.map((r) => r.userId)).toEqual([P1, P1]);
    await expect(client.query('recentAttempts', { userIds: [P2] }, { viewer: student })).rejects.toMatchObject({ code: 'SCOPE' });
    await expect(client.query('recentAttempts', { userIds: [P3] }, { viewer: teacher })).rejects.toMatchObject({ code: 'SCOPE' });
  });
});
