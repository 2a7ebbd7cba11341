import { createCanonicalSchema, loadDataset } from '@learnlens/adapter-postgres';
import { tableRows } from '@learnlens/mock';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPostgres, type PostgresServer } from '../../../../testing/postgres.js';
import { dataset, expectMockAnswers, expectMockExport, now } from '../test-fixtures/backendCases.js';
import { isOneLineFailure, run, tempDir } from '../test-fixtures/runCliForTest.js';
import { viewerOf } from '../test-fixtures/viewers.js';

describe('learnlens query and export --adapter postgres', () => {
  let server: PostgresServer;
  beforeAll(async () => {
    server = await startPostgres();
    const pool = new pg.Pool({ connectionString: server.connectionString, max: 2 });
    try {
      await createCanonicalSchema(pool);
      await loadDataset(pool, (table) => tableRows(dataset, table));
      await pool.query('ANALYZE');
    } finally {
      await pool.end();
    }
  });
  afterAll(() => server?.stop());

  it('should answer every query as the mock engine does, over the canonical tables', async () => {
    await expectMockAnswers(['--adapter', 'postgres', '--db-url', server.connectionString]);
  });

  it("should export the mock engine's rows and write the audit entry to the database", async () => {
    const env = { LEARNLENS_DATABASE_URL: server.connectionString };
    await expectMockExport(['--adapter', 'postgres', '--mapping', 'canonical'], await tempDir(), env);
    const client = new pg.Client({ connectionString: server.connectionString });
    await client.connect();
    try {
      const { rows } = await client.query('SELECT format, row_count FROM learnlens_audit_log');
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ format: 'csv' });
    } finally {
      await client.end();
    }
  });

  it('should report an unreachable server in one line with exit code 1, without the URL or its password', async () => {
    const url = `postgresql://learnlens:s3cret-pw@127.0.0.1:${server.port + 1}/nowhere`;
    const viewer = JSON.stringify(viewerOf(dataset, 'admin'));
    const result = await run(['query', 'orgOverview', '--viewer', viewer, '--params', JSON.stringify({ now }), '--adapter', 'postgres', '--db-url', url]);
    expect(result.code, result.stderr).toBe(1);
    expect(isOneLineFailure(result), result.stderr).toBe(true);
    expect(result.stderr).not.toContain('s3cret-pw');
    expect(result.stderr).not.toContain(url);
  });
});
