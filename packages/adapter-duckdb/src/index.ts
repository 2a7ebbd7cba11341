// Public API of @learnlens/adapter-duckdb.
export { createDuckDbAdapter, type DuckDbAdapter, type DuckDbAdapterOptions } from './createDuckDbAdapter.js';
export { tableFile, type DatasetFormat } from './load.js';
export { tableNames, type TableName } from './tableNames.js';
export { tableSpecs, type ColumnType, type TableSpec } from './tables.js';
