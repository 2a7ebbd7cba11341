// Seed 002's star schema: the migrations create it with its materialized views and refresh_reporting_views(), and
// the adapter's answers over the fact table equal the views' rows and the seed's own queries.
import { createClient, type Viewer } from '@learnlens/data-client';
import { createMockAdapter, createMockDataset } from '@learnlens/mock';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPostgres, type PostgresServer } from '../../../testing/postgres.js';
import { createPostgresAdapter, type PostgresAdapter } from './createPostgresAdapter.js';
import { migrateSeed002 } from './migrations/seed002.js';
import { seed002Mapping } from './presets/seed002.js';
import { differences } from './test-fixtures/compare.js';
import { loadSeed002 } from './test-fixtures/loadSeed002.js';

const dataset = createMockDataset({ endDate: '2026-11-01', seed: 7, orgs: 3, learnersPerOrg: 14, teamSize: 7, days: 90 });
const mock = createClient({ adapter: createMockAdapter({ dataset }) });
const NOW = '2026-10-29T15:30:00.000Z';
const admins: Viewer[] = dataset.orgs.map((o) => ({
  userId: dataset.users.find((u) => u.org_id === o.org_id && u.role === 'admin')!.user_id,
  role: 'admin',
  orgId: o.org_id,
}));

let server: PostgresServer;
let db: pg.Client;
let adapter: PostgresAdapter;
let client: ReturnType<typeof createClient>;
let refreshedAt: string;

beforeAll(async () => {
  server = await startPostgres();
  db = new pg.Client({ connectionString: server.connectionString });
  await db.connect();
  await migrateSeed002(db);
  await loadSeed002(db, dataset);
  // One transaction, so now() inside the views' definitions is the instant read back here.
  await db.query('BEGIN');
  await db.query('SELECT refresh_reporting_views()');
  const { rows } = await db.query(`SELECT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS now`);
  await db.query('COMMIT');
  refreshedAt = rows[0].now as string;
  adapter = createPostgresAdapter({ connectionString: server.connectionString, mapping: seed002Mapping });
  client = createClient({ adapter });
});

afterAll(async () => {
  await adapter?.close();
  await db?.end();
  await server?.stop();
});

const num = (v: unknown) => (v === null ? null : Number(v));

describe('the seed 002 preset', () => {
  it('should create the views populated and refresh them with refresh_reporting_views()', async () => {
    const { rows } = await db.query(`SELECT matviewname, ispopulated FROM pg_matviews ORDER BY 1`);
    expect(rows).toEqual([
      { matviewname: 'mv_leaderboard_month', ispopulated: true },
      { matviewname: 'mv_org_overview', ispopulated: true },
      { matviewname: 'mv_scenario_insights', ispopulated: true },
    ]);
    const counts = await db.query('SELECT (SELECT count(*) FROM mv_org_overview)::int AS orgs, (SELECT count(*) FROM fact_scenario_attempts)::int AS facts');
    expect(counts.rows[0]).toEqual({ orgs: 3, facts: dataset.attempts.length });
  });

  it.each([0, 1, 2])("should rank org %i's month as mv_leaderboard_month does", async (k) => {
    const viewer = admins[k]!;
    const board = await client.query('leaderboard', { now: NOW, period: 'month' }, { viewer });
    const { rows } = await db.query(
      `SELECT user_id, avg_score, attempts, total_duration, avg_talk_percentage,
         rank() OVER (PARTITION BY org_id, month ORDER BY avg_score DESC) AS rank
       FROM mv_leaderboard_month WHERE org_id = $1 AND month = date_trunc('month', $2::timestamptz)
       ORDER BY rank, user_id`,
      [viewer.orgId, NOW],
    );
    expect(rows.length).toBeGreaterThan(3);
    const fromView = rows.map((r) => ({
      userId: r.user_id,
      rank: Number(r.rank),
      avgScore: num(r.avg_score),
      attempts: Number(r.attempts),
      totalDurationSeconds: num(r.total_duration),
      avgTalkPercentage: num(r.avg_talk_percentage),
    }));
    const fromFacts = board.rows.map(({ userId, rank, avgScore, attempts, totalDurationSeconds, avgTalkPercentage }) => ({
      userId, rank, avgScore, attempts, totalDurationSeconds, avgTalkPercentage,
    }));
    expect(differences(fromFacts, fromView)).toEqual([]);
  });

  it.each([0, 1, 2])("should give org %i's overview as mv_org_overview does", async (k) => {
    const viewer = admins[k]!;
    const overview = await client.query('orgOverview', { now: refreshedAt }, { viewer });
    const { rows } = await db.query('SELECT * FROM mv_org_overview WHERE org_id = $1', [viewer.orgId]);
    const r = rows[0];
    expect(
      differences(
        [overview.activeUsers, overview.totalAttempts, overview.avgScore, overview.lastActivity, overview.attemptsLast7Days, overview.attemptsLast30Days],
        [Number(r.active_users), Number(r.total_attempts), num(r.avg_score), (r.last_activity as Date).toISOString(), Number(r.attempts_this_week), Number(r.attempts_this_month)],
      ),
    ).toEqual([]);
  });

  it.each([0, 1, 2])("should give org %i's activity insights as mv_scenario_insights does", async (k) => {
    const viewer = admins[k]!;
    const insights = await client.query('activityInsights', { now: NOW, sort: 'attemptCount' }, { viewer });
    const { rows } = await db.query(
      `SELECT scenario_id, attempt_count, avg_score, score_stddev, median_score, avg_duration, last_attempted
       FROM mv_scenario_insights WHERE org_id = $1 ORDER BY attempt_count, scenario_id`,
      [viewer.orgId],
    );
    const fromView = rows.map((r) => ({
      activityId: r.scenario_id,
      attemptCount: Number(r.attempt_count),
      avgScore: num(r.avg_score),
      scoreStddev: num(r.score_stddev),
      medianScore: num(r.median_score),
      avgDurationSeconds: num(r.avg_duration),
      lastAttemptedAt: r.last_attempted === null ? null : (r.last_attempted as Date).toISOString(),
    }));
    const fromFacts = insights.rows.map(({ activityName: _name, ...rest }) => rest);
    expect(fromView.length).toBeGreaterThan(3);
    expect(differences(fromFacts, fromView)).toEqual([]);
  });

  it("should count filler words per week as the seed's own query does", async () => {
    const viewer = admins[0]!;
    const freq = await client.query('eventFrequency', { now: NOW, eventType: 'filler_word', bucket: 'week' }, { viewer });
    const { rows } = await db.query(
      `SELECT to_char(date_trunc('week', a.started_at), 'YYYY-MM-DD') AS week, count(*) AS filler_count,
         count(distinct e.attempt_id) AS attempts_with_fillers
       FROM fact_kpi_events e JOIN fact_scenario_attempts a ON e.attempt_id = a.attempt_id
       WHERE e.org_id = $1 AND e.event_type = 'filler_word'
       GROUP BY date_trunc('week', a.started_at) ORDER BY week`,
      [viewer.orgId],
    );
    expect(rows.length).toBeGreaterThan(3);
    expect(freq.points).toEqual(rows.map((r) => ({ bucketStart: r.week, count: Number(r.filler_count), attemptsWithEvent: Number(r.attempts_with_fillers) })));
  });

  it.each(['orgOverview', 'scoreTrend', 'activityHeatmap', 'recentAttempts', 'personalStats', 'eventFrequency', 'eventTiming', 'eventCohorts'] as const)(
    'should answer %s as the mock does on the same rows',
    async (name) => {
      // Seed 002's tables carry no score scale and the preset declares every activity percent-scored, so the
      // accuracy of a 0/1-scored (tutoring) org cannot come back from them: those orgs are left out where it shows.
      const scaled = admins.filter((v) => !(['scoreTrend', 'personalStats'].includes(name) && dataset.orgs.find((o) => o.org_id === v.orgId)!.score_scale === 'binary'));
      expect(scaled.length).toBeGreaterThan(0);
      for (const viewer of scaled) {
        const learner = dataset.users.find((u) => u.org_id === viewer.orgId && u.role === 'learner')!.user_id;
        const params = { now: NOW, timezone: 'Europe/Berlin', ...(name === 'eventFrequency' ? { eventType: 'lesson_complete' } : {}), ...(name === 'personalStats' ? { userId: learner } : {}) };
        const [expected, actual] = await Promise.all([mock.query(name, params as never, { viewer }), client.query(name, params as never, { viewer })]);
        expect(differences(actual, expected)).toEqual([]);
      }
    },
  );

  it.each(['assignmentProgress', 'teamComparison'] as const)('should answer %s from the teams and assignments as the mock does', async (name) => {
    const managers = dataset.teams.map((t) => ({ userId: t.manager_id, role: 'manager' as const, orgId: t.org_id }));
    let answered = 0;
    for (const viewer of [...admins, ...managers]) {
      const params = { now: NOW, timezone: 'Europe/Berlin', from: '2026-08-01', to: '2026-12-01' };
      const [expected, actual] = await Promise.all([mock.query(name, params, { viewer }), client.query(name, params, { viewer })]);
      expect(differences(actual, expected), `${viewer.userId} ${name}`).toEqual([]);
      answered += actual.rows.length;
    }
    expect(answered).toBeGreaterThan(10);
  });

  it("should show a manager their team's learners on the leaderboard, not only their own rows", async () => {
    const team = dataset.teams[0]!;
    const manager: Viewer = { userId: team.manager_id, role: 'manager', orgId: team.org_id };
    const board = await client.query('leaderboard', { now: NOW, period: 'range', from: '2026-08-01', to: '2026-11-01' }, { viewer: manager });
    const members = dataset.users.filter((u) => u.team_id === team.team_id && u.role === 'learner').map((u) => u.user_id);
    expect(board.rows.length).toBeGreaterThan(1);
    for (const row of board.rows) expect([...members, team.manager_id]).toContain(row.userId);
  });

  it("should rank the teams as the seed's team averages in SQL do", async () => {
    const viewer = admins[0]!;
    const compared = await client.query('teamComparison', { now: NOW }, { viewer });
    // The seed's leaderboard averages, per team instead of per user, ranked with rank() over avg(score) desc.
    const { rows } = await db.query(
      `select team_id, avg_score, attempts, rank() over (order by avg_score desc) as rank from (
         select u.team_id, avg(f.score) as avg_score, count(*) as attempts
         from fact_scenario_attempts f join dim_users u on u.user_id = f.user_id
         where f.org_id = $1 and f.score is not null and u.role = 'trainee' and u.team_id is not null
         group by u.team_id) t
       order by rank, team_id`,
      [viewer.orgId],
    );
    expect(rows.length).toBeGreaterThan(1);
    const ranked = compared.rows.filter((r) => r.rank !== null);
    expect(differences(
      ranked.map((r) => ({ teamId: r.teamId, avgScore: r.avgScore, attempts: r.scoredAttempts, rank: r.rank })),
      rows.map((r) => ({ teamId: r.team_id, avgScore: num(r.avg_score), attempts: Number(r.attempts), rank: Number(r.rank) })),
    )).toEqual([]);
  });

  it("should time a KPI event at its attempt's start plus timestamp_ms, not at created_at (the insert time)", async () => {
    const viewer = admins[0]!;
    const params = { now: NOW, timezone: 'Europe/Berlin' };
    const before = await client.query('eventTiming', params, { viewer });
    expect(before.rows.reduce((n, r) => n + r.events, 0)).toBeGreaterThan(10);
    // As a real load leaves it: created_at is when the row was inserted (the column's default), long after the call.
    // One event the seed allows without an attempt and a timestamp_ms keeps created_at as its time.
    const { rows: calls } = await db.query(
      `SELECT attempt_id, org_id, user_id, scenario_id FROM fact_scenario_attempts WHERE org_id = $1 AND duration_seconds > 0 LIMIT 1`,
      [viewer.orgId],
    );
    await db.query('BEGIN');
    await db.query(`UPDATE fact_kpi_events SET created_at = now() WHERE timestamp_ms IS NOT NULL`);
    await db.query(
      `INSERT INTO fact_kpi_events (id, attempt_id, org_id, user_id, scenario_id, event_type, event_value, timestamp_ms, created_at)
       VALUES ('kpi-no-attempt', NULL, $1, $2, $3, 'question_asked', NULL, NULL, '2026-10-01T12:00:00Z'),
              ('kpi-no-offset', $4, $1, $2, $3, 'question_asked', NULL, NULL, '2026-10-02T12:00:00Z')`,
      [viewer.orgId, calls[0]!.user_id, calls[0]!.scenario_id, calls[0]!.attempt_id],
    );
    await db.query('COMMIT');
    try {
      expect(await client.query('eventTiming', params, { viewer })).toEqual(before);
      // The events relation the preset reads: attempt start + timestamp_ms, else created_at.
      const { rows } = await db.query(
        `SELECT e.event_id, to_char(e.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS') AS at,
           to_char((a.started_at + k.timestamp_ms * interval '1 ms') AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS') AS expected
         FROM ${seed002Mapping.relation('events')} e
         JOIN fact_kpi_events k ON k.id = e.event_id LEFT JOIN fact_scenario_attempts a ON a.attempt_id = k.attempt_id
         WHERE e.org_id = $1 ORDER BY e.event_id`,
        [viewer.orgId],
      );
      const own = rows.filter((r) => r.expected !== null);
      expect(own.length).toBeGreaterThan(10);
      for (const r of own) expect(r.at).toBe(r.expected);
      expect(rows.filter((r) => r.expected === null && String(r.event_id).startsWith('kpi-no-')).map((r) => [r.event_id, r.at])).toEqual([
        ['kpi-no-attempt', '2026-10-01T12:00:00.000'],
        ['kpi-no-offset', '2026-10-02T12:00:00.000'],
      ]);
    } finally {
      await db.query(`DELETE FROM fact_kpi_events WHERE id IN ('kpi-no-attempt', 'kpi-no-offset')`);
    }
  });

  it('should refuse the queries the star schema cannot answer', async () => {
    for (const name of ['masteryTrend', 'learnerActivitySummary'] as const) {
      await expect(client.query(name, { now: NOW }, { viewer: admins[0]! })).rejects.toMatchObject({ code: 'UNSUPPORTED_QUERY' });
    }
  });
});
