// The adapter on the canonical mapping beyond the shared conformance suite (conformance.test.ts): zones and ranges
// that suite leaves out, hostile values, forged requests handed straight to run(), aborts, timeouts, driver errors,
// Supabase-style claims under row-level security, and export audits.
import {
  catalog,
  createClient,
  isLearnlensError,
  queryNames,
  type LearnlensClient,
  type QueryName,
  type Viewer,
} from '@learnlens/data-client';
import { createMockAdapter, createMockDataset, tableRows } from '@learnlens/mock';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPostgres, type PostgresServer } from '../../../testing/postgres.js';
import { createPostgresAdapter, type PostgresAdapter } from './createPostgresAdapter.js';
import { loadDataset } from './loadDataset.js';
import { createCanonicalSchema } from './migrations/canonical.js';
import { canonicalMappingSpec } from './presets/canonical.js';
import { differences } from './test-fixtures/compare.js';

const dataset = createMockDataset({ endDate: '2026-11-01', seed: 7, orgs: 3, learnersPerOrg: 14, teamSize: 7, days: 90 });
const mock = createClient({ adapter: createMockAdapter({ dataset }), privacy: { showPeerNames: true } });
const NOW = '2026-10-29T15:30:00.000Z';

const [org1, org2] = dataset.orgs.map((o) => o.org_id) as [string, string];
const usersOf = (org: string, role: string) => dataset.users.filter((u) => u.org_id === org && u.role === role);
const teams1 = dataset.teams.filter((t) => t.org_id === org1);
const admin: Viewer = { userId: usersOf(org1, 'admin')[0]!.user_id, role: 'admin', orgId: org1 };
const manager: Viewer = { userId: teams1[0]!.manager_id, role: 'manager', orgId: org1 };
const learnerRow = usersOf(org1, 'learner').find((u) => u.team_id === teams1[0]!.team_id)!;
const learner: Viewer = { userId: learnerRow.user_id, role: 'learner', orgId: org1 };

let server: PostgresServer;
let setup: pg.Client;
let adapter: PostgresAdapter;
let postgres: LearnlensClient;

beforeAll(async () => {
  server = await startPostgres();
  setup = new pg.Client({ connectionString: server.connectionString });
  await setup.connect();
  await createCanonicalSchema(setup);
  await loadDataset(setup, (table) => tableRows(dataset, table));
  await setup.query('ANALYZE');
  adapter = createPostgresAdapter({ connectionString: server.connectionString });
  postgres = createClient({ adapter, privacy: { showPeerNames: true } });
});

afterAll(async () => {
  await adapter?.close();
  await setup?.end();
  await server?.stop();
});

type Outcome = { ok: unknown } | { error: { name?: string; code?: string; message?: string } };

async function outcome(client: LearnlensClient, name: QueryName, viewer: Viewer, params: Record<string, unknown>): Promise<Outcome> {
  const required =
    name === 'eventFrequency'
      ? { eventType: 'filler_word' }
      : name === 'activityDetail'
        ? { activityId: dataset.activities.find((a) => a.org_id === org1)!.activity_id }
        : {};
  try {
    return { ok: await client.query(name, { ...required, ...params } as never, { viewer }) };
  } catch (error) {
    const e = error as { name?: string; code?: string; message?: string };
    return { error: { name: e.name, code: e.code, message: e.message } };
  }
}

const rejection = (promise: Promise<unknown>): Promise<unknown> => promise.then(() => undefined, (e: unknown) => e);

describe('createPostgresAdapter on the canonical mapping', () => {
  // America/Santiago skips 2026-09-06 00:00 (a midnight in a DST gap); Pacific/Chatham is UTC+13:45; Sydney and
  // Berlin change offsets inside the data; a `now` just after midnight UTC is still the previous month in New York.
  const sets = [
    { now: NOW, timezone: 'America/Santiago', from: '2026-09-05', to: '2026-09-08' },
    { now: '2026-09-06T12:00:00.000Z', timezone: 'America/Santiago' },
    { now: NOW, timezone: 'Pacific/Chatham', from: '2026-10-01', to: '2026-10-29' },
    { now: '2026-10-04T16:30:00.000Z', timezone: 'Australia/Sydney' },
    { now: '2026-10-01T00:30:00.000Z', timezone: 'America/New_York', teamId: teams1[0]!.team_id },
  ];
  const extra: Partial<Record<QueryName, Array<Record<string, unknown>>>> = {
    leaderboard: [{ period: 'week' }, { period: 'month', sort: 'displayName' }],
    activityHeatmap: [{ grid: 'weekdayHour' }, { grid: 'calendar' }],
    scoreTrend: [{ bucket: 'day' }, { bucket: 'month' }],
    masteryTrend: [{ bucket: 'day' }],
    personalStats: [{ userId: learnerRow.user_id, bucket: 'day' }],
  };

  it.each(queryNames)('should answer %s as the mock does in zones and ranges around DST gaps', async (name) => {
    const problems: string[] = [];
    for (const viewer of [admin, manager, learner]) {
      for (const base of sets) {
        for (const more of extra[name] ?? [{}]) {
          const params = { ...base, ...more };
          if (name === 'leaderboard' && 'from' in params) Object.assign(params, { period: 'range' });
          const [expected, actual] = await Promise.all([outcome(mock, name, viewer, params), outcome(postgres, name, viewer, params)]);
          const diff = differences(actual, expected);
          if (diff.length > 0) problems.push(`${viewer.role} ${JSON.stringify(params)}: ${diff.slice(0, 3).join('; ')}`);
        }
      }
    }
    expect(problems.slice(0, 5).join('\n')).toBe('');
  });

  it.each(queryNames)('should refuse or answer %s as the mock does for hostile values', async (name) => {
    const hostile = ["x' or '1'='1", 'nul\u0000id', `${org1}' union select * from users --`];
    const cases: Array<[Viewer, Record<string, unknown>]> = [
      [admin, { userIds: hostile }],
      [admin, { teamId: hostile[1] }],
      [admin, { activityIds: hostile }],
      [{ ...admin, orgId: hostile[2]! }, {}],
      [{ ...admin, userId: hostile[0]! }, {}],
      [{ ...manager, orgId: org2 }, {}],
    ];
    for (const [viewer, params] of cases) {
      const p = { now: NOW, ...params };
      const [expected, actual] = await Promise.all([outcome(mock, name, viewer, p), outcome(postgres, name, viewer, p)]);
      expect(differences(actual, expected), JSON.stringify(p)).toEqual([]);
    }
  });

  it("should never return another org's rows, even for a request handed straight to run() with a forged scope", async () => {
    const forgedScope = { orgId: org1, viewer: admin, teamIds: null, userIds: null, peerUserIds: null };
    const params = catalog.exportRows.params.parse({ now: NOW, limit: 100_000 });
    const all = await adapter.run({ name: 'exportRows', params, viewer: admin });
    expect((all.result as { rows: Array<{ org_id: string }> }).rows.length).toBeGreaterThan(100);
    expect(new Set((all.result as { rows: Array<{ org_id: string }> }).rows.map((r) => r.org_id))).toEqual(new Set([org1]));
    // A scope smuggled into a learner's request is ignored: the database says what they see.
    const own = await adapter.run({ name: 'exportRows', params, viewer: learner, scope: forgedScope } as never);
    expect(new Set((own.result as { rows: Array<{ user_id: string }> }).rows.map((r) => r.user_id))).toEqual(new Set([learner.userId]));
    expect(own.scope).toMatchObject({ viewer: learner, userIds: [learner.userId] });
    const foreign = dataset.users.find((u) => u.org_id === org2)!.user_id;
    for (const forged of [{ ...params, orgId: org2 }, { ...params, userIds: [foreign] }]) {
      expect(isLearnlensError(await rejection(adapter.run({ name: 'exportRows', params: forged, viewer: admin })), 'SCOPE')).toBe(true);
    }
  });

  it('should write one audit entry per export into the mapped audit table', async () => {
    const result = await postgres.export({ format: 'csv', params: { now: NOW, timezone: 'Europe/Berlin', from: '2026-10-01', to: '2026-10-08' }, viewer: manager });
    const { rows } = await setup.query('SELECT audit_id, org_id, user_id, role, action, format, row_count, query, params FROM learnlens_audit_log');
    expect(rows).toEqual([
      {
        audit_id: result.audit.audit_id,
        org_id: org1,
        user_id: manager.userId,
        role: 'manager',
        action: 'export',
        format: 'csv',
        row_count: String(result.rowCount),
        query: 'exportRows',
        params: result.audit.params,
      },
    ]);
    expect(result.rowCount).toBeGreaterThan(0);
  });
});

describe('cancellation, timeouts and errors', () => {
  let slow: PostgresAdapter;
  beforeAll(async () => {
    // A host view that takes seconds to read, so a statement is still running when the request is aborted.
    await setup.query('CREATE VIEW slow_attempts AS SELECT a.* FROM attempts a, (SELECT pg_sleep(4)) s');
    const spec = { ...canonicalMappingSpec, tables: { ...canonicalMappingSpec.tables, attempts: { ...canonicalMappingSpec.tables.attempts!, table: 'slow_attempts' } } };
    slow = createPostgresAdapter({ connectionString: server.connectionString, mapping: spec });
  });
  afterAll(() => slow?.close());

  it('should cancel the running statement on abort and reject with the signal reason', async () => {
    const controller = new AbortController();
    const reason = new Error('the user navigated away');
    const started = Date.now();
    const pending = createClient({ adapter: slow }).query('orgOverview', { now: NOW }, { viewer: admin, signal: controller.signal });
    setTimeout(() => controller.abort(reason), 300);
    expect(await rejection(pending)).toBe(reason);
    expect(Date.now() - started).toBeLessThan(2500);
    const { rows } = await setup.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE state = 'active' AND query LIKE '%slow_attempts%' AND pid <> pg_backend_pid()`);
    expect(rows[0].n).toBe(0);
  });

  it('should fail a statement over statementTimeoutMs with a transient AdapterError', async () => {
    const timed = createPostgresAdapter({ connectionString: server.connectionString, mapping: slow.mapping, statementTimeoutMs: 200 });
    try {
      const error = await rejection(createClient({ adapter: timed }).query('scoreTrend', { now: NOW }, { viewer: admin }));
      expect(error).toMatchObject({ name: 'AdapterError', code: 'ADAPTER', transient: true });
      expect((error as Error).message).toMatch(/statement timeout/);
    } finally {
      await timed.close();
    }
  });

  it('should report a refused connection as a transient AdapterError', async () => {
    const down = createPostgresAdapter({ connectionString: 'postgresql://postgres@127.0.0.1:1/postgres' });
    try {
      const error = await rejection(createClient({ adapter: down }).query('orgOverview', { now: NOW }, { viewer: admin }));
      expect(error).toMatchObject({ name: 'AdapterError', code: 'ADAPTER', transient: true });
    } finally {
      await down.close();
    }
  });

  it('should report an SQL error (a mapped table that does not exist) as a non-transient AdapterError', async () => {
    const spec = { ...canonicalMappingSpec, tables: { ...canonicalMappingSpec.tables, events: { ...canonicalMappingSpec.tables.events!, table: 'no_such_events' } } };
    const broken = createPostgresAdapter({ connectionString: server.connectionString, mapping: spec });
    try {
      const error = await rejection(createClient({ adapter: broken }).query('eventFrequency', { now: NOW, eventType: 'filler_word' }, { viewer: admin }));
      expect(error).toMatchObject({ name: 'AdapterError', code: 'ADAPTER', transient: false });
      expect((error as Error).message).toMatch(/relation "no_such_events" does not exist/);
    } finally {
      await broken.close();
    }
  });
});

describe('claims and row-level security', () => {
  let pool: pg.Pool;
  const claimsOf = (v: Viewer) => ({ sub: v.userId, org_id: v.orgId, app_role: v.role });
  beforeAll(async () => {
    // The app's policy: members read their org's attempts, learners only their own; jwt() reads the claims as
    // Supabase's auth.jwt() does (an unset setting reads as '' once any transaction has set it). Superusers bypass RLS, so the
    // adapter switches to a plain role in each transaction, as Supabase's API does with "authenticated".
    await setup.query(`
      CREATE ROLE app_user NOLOGIN;
      GRANT SELECT ON ALL TABLES IN SCHEMA public TO app_user;
      GRANT INSERT ON learnlens_audit_log TO app_user;
      CREATE FUNCTION jwt() RETURNS json LANGUAGE sql STABLE
        AS $$ SELECT nullif(current_setting('request.jwt.claims', true), '')::json $$;
      ALTER TABLE attempts ENABLE ROW LEVEL SECURITY;
      CREATE POLICY members_read ON attempts FOR SELECT TO app_user USING (
        org_id = jwt() ->> 'org_id' AND (jwt() ->> 'app_role' <> 'learner' OR user_id = jwt() ->> 'sub'));`);
    // One connection, so the checks below see the very connection the adapter's transactions used.
    pool = new pg.Pool({ connectionString: server.connectionString, max: 1 });
  });
  afterAll(() => pool?.end());

  const withClaims = (claims: (v: Viewer) => object | undefined) =>
    createClient({ adapter: createPostgresAdapter({ pool, claims, role: 'app_user' }), privacy: { showPeerNames: true } });

  it("should give the mock's numbers when the claims match the viewer's org", async () => {
    const client = withClaims(claimsOf);
    for (const name of ['orgOverview', 'scoreTrend', 'activityInsights'] as const) {
      const [expected, actual] = await Promise.all([outcome(mock, name, admin, { now: NOW }), outcome(client, name, admin, { now: NOW })]);
      expect(differences(actual, expected), name).toEqual([]);
    }
  });

  it("should show a learner only the rows the app's policy lets them read", async () => {
    const board = await withClaims(claimsOf).query('leaderboard', { now: NOW, period: 'month' }, { viewer: learner });
    const unrestricted = await mock.query('leaderboard', { now: NOW, period: 'month' }, { viewer: learner });
    expect(unrestricted.rows.length).toBeGreaterThan(1);
    expect(board.rows.map((r) => r.userId)).toEqual([learner.userId]);
  });

  it('should read nothing under claims of another org or no claims at all', async () => {
    const elsewhere = await withClaims((v) => ({ ...claimsOf(v), org_id: org2 })).query('orgOverview', { now: NOW }, { viewer: admin });
    expect(elsewhere).toMatchObject({ totalAttempts: 0, activeUsers: 0 });
    const none = await withClaims(() => undefined).query('orgOverview', { now: NOW }, { viewer: admin });
    expect(none.totalAttempts).toBe(0);
  });

  it('should keep claims and role local to each transaction', async () => {
    await withClaims(claimsOf).query('orgOverview', { now: NOW }, { viewer: admin });
    const { rows } = await pool.query(`SELECT coalesce(current_setting('request.jwt.claims', true), '') AS claims, current_user AS role`);
    expect(rows[0]).toEqual({ claims: '', role: 'postgres' });
  });

  it('should write audit entries under the claims too', async () => {
    const client = withClaims(claimsOf);
    const result = await client.export({ format: 'parquet', params: { now: NOW, userIds: [learner.userId] }, viewer: admin });
    const { rows } = await setup.query('SELECT user_id, format, row_count FROM learnlens_audit_log WHERE audit_id = $1', [result.audit.audit_id]);
    expect(rows).toEqual([{ user_id: admin.userId, format: 'parquet', row_count: String(result.rowCount) }]);
  });
});
