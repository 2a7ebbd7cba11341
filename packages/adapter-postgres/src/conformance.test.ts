import { tableRows } from '@learnlens/mock';
import pg from 'pg';
import { describeConformance } from '../../../testing/conformance.js';
import { startPostgres } from '../../../testing/postgres.js';
import { createPostgresAdapter } from './createPostgresAdapter.js';
import { loadDataset } from './loadDataset.js';
import { createCanonicalSchema } from './migrations/canonical.js';

// The shared cross-adapter suite: the conformance dataset loaded into the canonical tables of a throwaway server,
// read through the canonical mapping with a host-owned pool.
describeConformance('postgres (canonical mapping)', async (dataset) => {
  const server = await startPostgres();
  const pool = new pg.Pool({ connectionString: server.connectionString, max: 4 });
  await createCanonicalSchema(pool);
  await loadDataset(pool, (table) => tableRows(dataset, table));
  await pool.query('ANALYZE');
  const adapter = createPostgresAdapter({ pool });
  return {
    adapter,
    close: async () => {
      await adapter.close();
      await pool.end();
      await server.stop();
    },
  };
});
