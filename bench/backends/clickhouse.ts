import { createCanonicalSchema, createClickHouseAdapter, loadDataset } from '../../packages/adapter-clickhouse/src/index.js';
import { createClient } from '../../packages/data-client/src/index.js';
import { tableRows, type MockDataset } from '../../packages/mock/src/index.js';
import { findClickHouseServer, startClickHouse } from '../../testing/clickhouse.js';
import { timed, type BenchBackend, type SkippedBackend } from './types.js';

/**
 * Starts a throwaway ClickHouse, creates the canonical tables and bulk-loads the dataset with the adapter's
 * `loadDataset` (INSERT … FORMAT JSONEachRow, 50,000 rows a request). Skipped when the server binary is missing.
 */
export async function startClickHouseBench(dataset: MockDataset): Promise<BenchBackend | SkippedBackend> {
  if (findClickHouseServer() === null) {
    return { name: 'clickhouse', reason: 'the ClickHouse server binary (Debian package `clickhouse-server`) is not installed' };
  }
  const [server, startMs] = await timed(() => startClickHouse());
  try {
    const adapter = createClickHouseAdapter({ url: server.url });
    await createCanonicalSchema(adapter);
    const [counts, loadMs] = await timed(() => loadDataset(adapter, (table) => tableRows(dataset, table)));
    const rows = Object.values(counts).reduce((a, b) => a + b, 0);
    console.log(`[bench] ClickHouse loaded ${rows.toLocaleString('en-US')} rows in ${(loadMs / 1000).toFixed(1)} s`);
    const [row] = await adapter.connection.select('SELECT version() AS v');
    return {
      name: 'clickhouse',
      description: `ClickHouse ${String(row?.v ?? '?')}, canonical tables, over loopback HTTP`,
      client: createClient({ adapter }),
      setupMs: { start: startMs, load: loadMs },
      notes: ['the packaged default settings'],
      close: () => server.stop(),
    };
  } catch (error) {
    await server.stop();
    throw error;
  }
}
