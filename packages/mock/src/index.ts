// Public API of @learnlens/mock.
export { createMockAdapter, type MockAdapter, type MockAdapterOptions, type MockFaults } from './createMockAdapter.js';
export { createMockDataset } from './dataset/createMockDataset.js';
export { datasetFromRows, type DatasetRows } from './dataset/fromRows.js';
export { estimateDatasetMemory, maxOldSpaceSizeFor, type DatasetMemoryEstimate } from './dataset/memoryEstimate.js';
export { tableRows } from './dataset/toRows.js';
export type { IdColumn } from './dataset/rowIds.js';
export {
  tableNames,
  type AttemptColumns,
  type EventColumns,
  type MasteryColumns,
  type MockDataset,
  type MockDatasetOptions,
  type OrgRange,
  type SessionColumns,
  type TableName,
} from './dataset/dataset.types.js';
