// Connections the server drops: a backend terminated while its statement runs (pg_terminate_backend, as an operator
// or a failover does) and an idle pooled connection terminated between requests. Each must end as a typed transient
// AdapterError or a correct answer, never an unhandled 'error' event or a dead connection handed out again.
import { AdapterError, createClient, type Viewer } from '@learnlens/data-client';
import { createMockAdapter, createMockDataset, tableRows } from '@learnlens/mock';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPostgres, type PostgresServer } from '../../../testing/postgres.js';
import { createPostgresAdapter, type PostgresAdapterOptions } from './createPostgresAdapter.js';
import { loadDataset } from './loadDataset.js';
import { createCanonicalSchema } from './migrations/canonical.js';
import { differences } from './test-fixtures/compare.js';

const dataset = createMockDataset({ endDate: '2026-11-01', seed: 3, orgs: 2, learnersPerOrg: 6, teamSize: 3, days: 30 });
const NOW = '2026-10-29T15:30:00.000Z';
const adminRow = dataset.users.find((u) => u.role === 'admin')!;
const admin: Viewer = { userId: adminRow.user_id, role: 'admin', orgId: adminRow.org_id };
const mock = createClient({ adapter: createMockAdapter({ dataset }) });

let server: PostgresServer;
let setup: pg.Client;

beforeAll(async () => {
  server = await startPostgres();
  setup = new pg.Client({ connectionString: server.connectionString });
  await setup.connect();
  await createCanonicalSchema(setup);
  await loadDataset(setup, (table) => tableRows(dataset, table));
});

afterAll(async () => {
  await setup?.end();
  await server?.stop();
});

const rejection = (promise: Promise<unknown>): Promise<unknown> => promise.then(() => undefined, (e: unknown) => e);

/** The pid of the backend waiting for the lock on `attempts` (the adapter's statement), once it waits. */
async function blockedBackend(observer: pg.Client): Promise<number> {
  for (let i = 0; i < 200; i++) {
    const { rows } = await observer.query<{ pid: number }>(
      `SELECT pid FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query ILIKE '%attempts%' AND pid <> pg_backend_pid()`,
    );
    if (rows[0]) return rows[0].pid;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error('the adapter never waited for the lock');
}

describe.each([
  ['statements on their own', {}],
  ['statements in a transaction (statementTimeoutMs)', { statementTimeoutMs: 30_000 }],
] satisfies Array<[string, Partial<PostgresAdapterOptions>]>)('a PostgreSQL connection dropped, %s', (_label, extra) => {
  it('should fail the running query with a transient AdapterError and answer the next one on a new connection', async () => {
    const adapter = createPostgresAdapter({ connectionString: server.connectionString, ...extra });
    const client = createClient({ adapter });
    const observer = new pg.Client({ connectionString: server.connectionString });
    await observer.connect();
    try {
      const expected = await mock.query('orgOverview', { now: NOW }, { viewer: admin });
      // Hold the table so the adapter's statement is certainly running (waiting) when its backend is terminated.
      await setup.query('BEGIN');
      await setup.query('LOCK TABLE attempts IN ACCESS EXCLUSIVE MODE');
      const pending = rejection(client.query('orgOverview', { now: NOW }, { viewer: admin }));
      const pid = await blockedBackend(observer);
      await observer.query('SELECT pg_terminate_backend($1)', [pid]);
      const error = await pending;
      await setup.query('ROLLBACK');

      expect(error).toBeInstanceOf(AdapterError);
      expect(error).toMatchObject({ code: 'ADAPTER', transient: true });
      expect((error as Error).message).toMatch(/PostgreSQL is unavailable for orgOverview: .*terminat/i);
      expect(differences(await client.query('orgOverview', { now: NOW }, { viewer: admin }), expected)).toEqual([]);
    } finally {
      await setup.query('ROLLBACK').catch(() => undefined);
      await observer.end();
      await adapter.close();
    }
  });

  it('should replace an idle pooled connection the server dropped between requests', async () => {
    const adapter = createPostgresAdapter({ connectionString: server.connectionString, ...extra });
    const client = createClient({ adapter });
    try {
      const expected = await mock.query('orgOverview', { now: NOW }, { viewer: admin });
      expect(differences(await client.query('orgOverview', { now: NOW }, { viewer: admin }), expected)).toEqual([]);
      const { rows } = await setup.query<{ n: number }>(
        `SELECT count(pg_terminate_backend(pid))::int AS n FROM pg_stat_activity
         WHERE datname = current_database() AND backend_type = 'client backend' AND pid <> pg_backend_pid()`,
      );
      expect(rows[0]!.n).toBeGreaterThan(0);
      // The pool notices the closed sockets; the next request must not get one of them.
      await new Promise((r) => setTimeout(r, 100));
      expect(differences(await client.query('orgOverview', { now: NOW }, { viewer: admin }), expected)).toEqual([]);
    } finally {
      await adapter.close();
    }
  });
});
