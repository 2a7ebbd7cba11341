import { tableNames, type TableName } from '@learnlens/data-client';
import { describeConformance } from '../../../testing/conformance.js';
import { createMockAdapter } from './createMockAdapter.js';
import { datasetFromRows, type DatasetRows } from './dataset/fromRows.js';
import { tableRows } from './dataset/toRows.js';

// A sanity check of the suite and of the row round trip: the engine over the dataset rebuilt from its own table rows
// (what `learnlens dataset` writes and loaders read back) must answer exactly as over the original.
describeConformance('mock over its rows read back', async (dataset) => {
  const rows = Object.fromEntries(tableNames.map((t: TableName) => [t, [...tableRows(dataset, t)]])) as unknown as DatasetRows;
  return { adapter: createMockAdapter({ dataset: datasetFromRows(rows) }), close: async () => {} };
});
