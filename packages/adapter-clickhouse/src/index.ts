// Public API of @learnlens/adapter-clickhouse.
export { createClickHouseAdapter, type ClickHouseAdapter, type ClickHouseAdapterOptions } from './createClickHouseAdapter.js';
export { connectClickHouse, type ClickHouseConnection, type ClickHouseConnectionOptions, type Row } from './connection.js';
export {
  createCanonicalSchema,
  createClusterSchema,
  createTableStatement,
  factTables,
  type ClusterSchemaOptions,
  type FactTable,
  type SchemaOptions,
} from './schema.js';
export { insertRows, loadDataset, type LoadOptions, type RowsOf } from './load.js';
export { AUDIT_TABLE, columnTypes, tableRefs, tableSpecs, type ColumnKind, type TableNamesOption, type TableRefs, type TableSpec } from './tables.js';
export type { ClickHouseTarget, ClickHouseTargetOptions } from './target.js';
