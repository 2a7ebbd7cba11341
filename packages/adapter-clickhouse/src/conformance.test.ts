import { tableRows } from '@learnlens/mock';
import { describeConformance } from '../../../testing/conformance.js';
import { startClickHouse } from '../../../testing/clickhouse.js';
import { createClickHouseAdapter } from './createClickHouseAdapter.js';
import { loadDataset } from './load.js';
import { createCanonicalSchema } from './schema.js';

// The shared cross-adapter suite: the conformance dataset loaded into the canonical tables of a throwaway server.
describeConformance('clickhouse (canonical tables)', async (dataset) => {
  const server = await startClickHouse();
  try {
    const adapter = createClickHouseAdapter({ url: server.url });
    await createCanonicalSchema(adapter);
    await loadDataset(adapter, (table) => tableRows(dataset, table));
    return { adapter, close: () => server.stop() };
  } catch (error) {
    await server.stop();
    throw error;
  }
});
