// Public API of @learnlens/mock.
export { datasetFromRows, type DatasetRows } from './dataset/fromRows.js';
export { tableRows } from './dataset/toRows.js';
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
