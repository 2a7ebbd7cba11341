// Public API of @learnlens/adapter-duckdb.
export { createDuckDbAdapter, type DuckDbAdapter, type DuckDbAdapterOptions } from './createDuckDbAdapter.js';
export { tableFile, type DatasetFormat } from './load.js';
// Defined once in data-client's domain; re-exported because hosts name the files by these tables.
export { tableNames, type TableName } from '@learnlens/data-client';
export { tableSpecs, type ColumnType, type TableSpec } from './tables.js';
