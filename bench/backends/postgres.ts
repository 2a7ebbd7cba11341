import pg from 'pg';
import { createCanonicalSchema, createPostgresAdapter, loadDataset } from '../../packages/adapter-postgres/src/index.js';
import { createClient } from '../../packages/data-client/src/index.js';
import { tableRows, type MockDataset } from '../../packages/mock/src/index.js';
import { findPostgresBinDir, startPostgres } from '../../testing/postgres.js';
import { timed, type BenchBackend, type SkippedBackend } from './types.js';

// A throwaway server sized for a dataset that does not fit the default 128 MB of shared buffers.
const SETTINGS = { shared_buffers: '1GB', work_mem: '64MB', max_wal_size: '4GB', synchronous_commit: 'off' };

/**
 * Starts a throwaway PostgreSQL, creates the canonical tables and loads the dataset with the adapter's `loadDataset`
 * (INSERT … SELECT FROM unnest() of one array per column, 10,000 rows a statement: pg-copy-streams, which COPY would
 * need, is not a dependency of the workspace), then VACUUM ANALYZE. Skipped when the server binaries are missing.
 */
export async function startPostgresBench(dataset: MockDataset): Promise<BenchBackend | SkippedBackend> {
  if (findPostgresBinDir() === null) return { name: 'postgres', reason: 'the PostgreSQL server binaries (Debian package `postgresql`) are not installed' };
  const [server, startMs] = await timed(() => startPostgres({ settings: SETTINGS }));
  const pool = new pg.Pool({ connectionString: server.connectionString, max: 4 });
  try {
    await createCanonicalSchema(pool);
    const [counts, loadMs] = await timed(() => loadDataset(pool, (table) => tableRows(dataset, table)));
    const rows = Object.values(counts).reduce((a, b) => a + b, 0);
    console.log(`[bench] PostgreSQL loaded ${rows.toLocaleString('en-US')} rows in ${(loadMs / 1000).toFixed(1)} s`);
    const [, analyzeMs] = await timed(() => pool.query('VACUUM ANALYZE'));
    const version = String((await pool.query('SHOW server_version')).rows[0]?.server_version ?? '?');
    const adapter = createPostgresAdapter({ pool });
    return {
      name: 'postgres',
      description: `PostgreSQL ${version.split(' ')[0]}, canonical mapping, over loopback TCP`,
      client: createClient({ adapter }),
      setupMs: { start: startMs, load: loadMs, 'vacuum analyze': analyzeMs },
      notes: [`server settings ${Object.entries(SETTINGS).map(([k, v]) => `${k}=${v}`).join(', ')} (others default, fsync off)`, 'a pool of 4 connections'],
      close: async () => {
        await adapter.close();
        await pool.end();
        await server.stop();
      },
    };
  } catch (error) {
    await pool.end().catch(() => undefined);
    await server.stop();
    throw error;
  }
}
