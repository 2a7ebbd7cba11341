import {
  AdapterError,
  catalog,
  createClient,
  isLearnlensError,
  queryNames,
  type AuditEntry,
  type LearnlensClient,
  type QueryName,
  type Viewer,
} from '@learnlens/data-client';
import { createMockAdapter, datasetFromRows } from '@learnlens/mock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startClickHouse, type ClickHouseServer } from '../../../testing/clickhouse.js';
import { createClickHouseAdapter, type ClickHouseAdapter } from './createClickHouseAdapter.js';
import { loadDataset } from './load.js';
import { createCanonicalSchema, createTableStatement } from './schema.js';
import { tableRefs } from './tables.js';
import { differences } from './test-fixtures/compare.js';
import { handBuilt, handBuiltRows } from './test-fixtures/handBuilt.js';

const admin: Viewer = { userId: 'a1', role: 'admin', orgId: 'o1' };
const manager: Viewer = { userId: 'm1', role: 'manager', orgId: 'o1' };
const learner: Viewer = { userId: 'l1', role: 'learner', orgId: 'o1' };
const base = { now: '2026-10-20T12:00:00.000Z', timezone: 'Europe/Berlin' };
const HEAVY = 'SELECT sum(number) AS s FROM numbers(100000000000)';

let server: ClickHouseServer;
let adapter: ClickHouseAdapter;
let client: LearnlensClient;
const mock = createClient({ adapter: createMockAdapter({ dataset: datasetFromRows(handBuilt) }), privacy: { showPeerNames: true } });

beforeAll(async () => {
  server = await startClickHouse();
  adapter = createClickHouseAdapter({ url: server.url });
  await createCanonicalSchema(adapter);
  await createCanonicalSchema(adapter);
  await loadDataset(adapter, handBuiltRows);
  client = createClient({ adapter, privacy: { showPeerNames: true } });
});
afterAll(() => server?.stop());

async function failure(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => undefined,
    (error: unknown) => error,
  );
}

describe('queries', () => {
  it('should rank tied averages together and skip the next rank, as rank() does', async () => {
    const params = { ...base, period: 'month' as const, activityIds: ['x1'] };
    const board = await client.query('leaderboard', params, { viewer: admin });
    expect(board.rows.map((r) => [r.userId, r.rank, r.avgScore, r.previousRank])).toEqual([
      ['l1', 1, 85, 2],
      ['l2', 1, 85, null],
      ['l4', 1, 85, null],
      ['l3', 4, 70, 1],
    ]);
    expect(board).toEqual(await mock.query('leaderboard', params, { viewer: admin }));
    const team = await client.query('leaderboard', params, { viewer: manager });
    expect(team.rows.map((r) => [r.userId, r.rank])).toEqual([['l1', 1], ['l2', 1], ['l3', 3]]);
  });

  it('should interpolate the median of an even count as percentile_cont(0.5)', async () => {
    const insights = await client.query('activityInsights', base, { viewer: admin });
    const x2 = insights.rows.find((r) => r.activityId === 'x2')!;
    expect(x2.medianScore).toBe(2.5);
    expect(x2.scoreStddev).toBeCloseTo(Math.sqrt(((1 - 4) ** 2 + (2 - 4) ** 2 + (3 - 4) ** 2 + (10 - 4) ** 2) / 3), 12);
    expect(insights.rows.find((r) => r.activityId === 'x1')!.medianScore).toBe(85);
  });

  it('should answer every query as the mock does for each role and never show the other org', async () => {
    for (const viewer of [admin, manager, learner]) {
      // Queries limited to some roles (teamComparison) are refused to the others, which the conformance suite checks.
      for (const name of queryNames.filter((n) => catalog[n].roles?.includes(viewer.role) ?? true)) {
        const params = { ...base, ...(name === 'eventFrequency' ? { eventType: 'lesson_complete' } : name === 'activityDetail' ? { activityId: 'x1' } : {}) };
        const [actual, expected] = await Promise.all([client.query(name, params, { viewer }), mock.query(name, params, { viewer })]);
        expect(differences(actual, expected), `${viewer.userId} ${name}`).toEqual([]);
        expect(JSON.stringify(actual), `${viewer.userId} ${name}`).not.toMatch(/"(l9|a9|m9|x9|o2)"/);
      }
    }
  });
});

describe('scope', () => {
  it("should resolve a scope from the database's own users and teams", async () => {
    const params = mock.parseParams('orgOverview', base);
    const answer = await adapter.run({ name: 'orgOverview', params: { ...params, userIds: ['l2'] }, viewer: manager });
    expect(answer.scope).toEqual({
      orgId: 'o1',
      viewer: manager,
      teamIds: ['t1'],
      userIds: ['l1', 'l2', 'l3', 'm1'],
      peerUserIds: ['l1', 'l2', 'l3', 'm1'],
    });
    const strangers = await failure(adapter.run({ name: 'orgOverview', params: { ...params, userIds: ['l9'] }, viewer: manager }));
    const nobody = await failure(adapter.run({ name: 'orgOverview', params: { ...params, userIds: ['ghost'] }, viewer: manager }));
    expect(isLearnlensError(strangers, 'SCOPE')).toBe(true);
    expect((strangers as Error).message).toBe((nobody as Error).message);
    const error = await failure(adapter.run({ name: 'orgOverview', params, viewer: { ...admin, orgId: 'o2' } }));
    expect(isLearnlensError(error, 'SCOPE')).toBe(true);
  });

  it('should ignore a scope smuggled into a request passed straight to run', async () => {
    const params = mock.parseParams('recentAttempts', { ...base, limit: 100 });
    const forged = { orgId: 'o1', viewer: learner, teamIds: null, userIds: null, peerUserIds: null };
    const answer = await adapter.run({ name: 'recentAttempts', params, viewer: learner, scope: forged } as never);
    expect(new Set((answer.result as { rows: Array<{ userId: string }> }).rows.map((r) => r.userId))).toEqual(new Set(['l1']));
    const otherOrg = await failure(adapter.run({ name: 'recentAttempts', params: { ...params, orgId: 'o2' }, viewer: learner }));
    expect(isLearnlensError(otherOrg, 'SCOPE')).toBe(true);
  });
});

describe('errors and cancellation', () => {
  it('should report an SQL error as a non-transient AdapterError carrying the server message', async () => {
    const broken = createClickHouseAdapter({ url: server.url, tables: { attempts: 'no_such_table' } });
    const error = await failure(createClient({ adapter: broken }).query('orgOverview', base, { viewer: admin }));
    expect(isLearnlensError(error, 'ADAPTER')).toBe(true);
    expect((error as AdapterError).transient).toBe(false);
    expect((error as Error).message).toMatch(/no_such_table.*doesn't exist/);
  });

  it('should report an unreachable server and a 5xx without an SQL error as transient', async () => {
    const down = createClickHouseAdapter({ url: 'http://127.0.0.1:1' });
    const refused = await failure(down.run({ name: 'orgOverview', params: mock.parseParams('orgOverview', base), viewer: admin }));
    expect(refused).toBeInstanceOf(AdapterError);
    expect((refused as AdapterError).transient).toBe(true);
    const answers = [
      [new Response('Bad gateway', { status: 502 }), true],
      [new Response('Code: 241, e.displayText() = DB::Exception: Memory limit exceeded', { status: 500 }), true],
      [new Response('Code: 62, e.displayText() = DB::Exception: Syntax error', { status: 500 }), false],
      [new Response('{"data": [{"x": 1}]}\nCode: 159, e.displayText() = DB::Exception: Timeout exceeded', { status: 200 }), true],
    ] as const;
    for (const [response, transient] of answers) {
      const fake = createClickHouseAdapter({ url: server.url, fetch: async () => response.clone() });
      const error = await failure(fake.connection.select('SELECT 1'));
      expect(error, await response.clone().text()).toBeInstanceOf(AdapterError);
      expect((error as AdapterError).transient, await response.clone().text()).toBe(transient);
    }
  });

  it('should refuse writes inside read statements', async () => {
    const error = await failure(adapter.connection.select('CREATE TABLE evil (x UInt8) ENGINE = Memory'));
    expect((error as Error).message).toMatch(/readonly/i);
    expect(await adapter.connection.select("SELECT count() AS n FROM system.tables WHERE name = 'evil'")).toEqual([{ n: 0 }]);
  });

  it('should stop waiting on abort and kill the statement on the server', async () => {
    const controller = new AbortController();
    const running = failure(adapter.connection.select(HEAVY, controller.signal));
    await new Promise((r) => setTimeout(r, 300));
    controller.abort(new Error('user went away'));
    expect(((await running) as Error).message).toBe('user went away');
    const deadline = Date.now() + 10_000;
    let left = 1;
    while (left > 0 && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 100));
      const [row] = await adapter.connection.select(`SELECT count() AS n FROM system.processes WHERE query LIKE '%numbers(100000000000)%' AND query NOT LIKE '%system.processes%'`);
      left = Number(row!.n);
    }
    expect(left).toBe(0);
  });

  it('should give up after requestTimeoutMs with a transient AdapterError', async () => {
    const impatient = createClickHouseAdapter({ url: server.url, requestTimeoutMs: 300 });
    const error = await failure(impatient.connection.select(HEAVY));
    expect(error).toBeInstanceOf(AdapterError);
    expect((error as AdapterError).transient).toBe(true);
    expect((error as Error).message).toMatch(/within 300 ms/);
  });
});

describe('audit log', () => {
  const entry = (id: string, at: string, org: string): AuditEntry => ({
    audit_id: id,
    at,
    org_id: org,
    user_id: 'a1',
    role: 'admin',
    action: 'export',
    format: 'csv',
    row_count: 12,
    query: 'exportRows',
    params: { activityIds: ["x'); DROP TABLE attempts; --"], note: 'Øy \\ "q"' },
  });

  it('should write entries and read them back oldest first, one org at a time', async () => {
    await adapter.writeAudit(entry('e2', '2026-10-20T12:00:01.250Z', 'o1'));
    await adapter.writeAudit(entry('e1', '2026-10-20T12:00:00.000Z', 'o1'));
    await adapter.writeAudit(entry('e3', '2026-10-20T12:00:02.000Z', 'o2'));
    expect((await adapter.auditLog({ orgId: 'o1' })).map((e) => e.audit_id)).toEqual(['e1', 'e2']);
    expect(await adapter.auditLog()).toEqual([entry('e1', '2026-10-20T12:00:00.000Z', 'o1'), entry('e2', '2026-10-20T12:00:01.250Z', 'o1'), entry('e3', '2026-10-20T12:00:02.000Z', 'o2')]);
  });

  it('should refuse an entry that is not a valid audit entry', async () => {
    await expect(adapter.writeAudit({ ...entry('e4', '2026-10-20T12:00:00.000Z', 'o1'), row_count: -1 })).rejects.toThrow();
  });

  it('should write the audit entry of an export through the client', async () => {
    const result = await client.export({ format: 'csv', params: base, viewer: admin });
    const log = await adapter.auditLog({ orgId: 'o1' });
    expect(log.at(-1)).toMatchObject({ format: 'csv', org_id: 'o1', user_id: 'a1', row_count: result.audit.row_count });
  });
});

describe('schema and table names', () => {
  it('should create the canonical tables under the host names, in another database, idempotently', async () => {
    await adapter.connection.command('CREATE DATABASE IF NOT EXISTS lab');
    const target = { url: server.url, database: 'lab', tables: { attempts: 'attempts_local', audit_log: 'lab.exports_audit' } };
    await createCanonicalSchema(target);
    await createCanonicalSchema(target);
    const [row] = await adapter.connection.select('SHOW CREATE TABLE lab.attempts_local');
    expect(String(row!.statement)).toMatch(/MergeTree.*PARTITION BY toYYYYMM\(started_at\).*ORDER BY \(org_id, started_at\)/s);
    const tables = await adapter.connection.select("SELECT name FROM system.tables WHERE database = 'lab' ORDER BY name");
    expect(tables.map((t) => t.name)).toContain('exports_audit');
  });

  it('should refuse unknown canonical tables and unsafe names', () => {
    expect(() => tableRefs({ attempt: 'x' } as never)).toThrow(/Unknown table "attempt"/);
    expect(() => tableRefs({ attempts: 'attempts; DROP TABLE users' })).toThrow(TypeError);
    expect(() => createClickHouseAdapter({ url: server.url, tables: { users: 'a.b.c' } })).toThrow(TypeError);
  });

  it('should write ON CLUSTER DDL with the engine a cluster needs', () => {
    const ddl = createTableStatement('attempts', 'attempts_local', {
      onCluster: 'analytics',
      engine: "ReplicatedMergeTree('/clickhouse/tables/{shard}/{table}', '{replica}')",
    });
    expect(ddl).toContain('CREATE TABLE IF NOT EXISTS `attempts_local` ON CLUSTER `analytics`');
    expect(ddl).toContain("ENGINE = ReplicatedMergeTree('/clickhouse/tables/{shard}/attempts', '{replica}')");
  });

  it('should list every catalog query as supported', () => {
    expect([...adapter.supportedQueries].sort()).toEqual([...queryNames].sort() as QueryName[]);
  });
});
