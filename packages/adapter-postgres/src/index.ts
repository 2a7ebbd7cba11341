// Public API of @learnlens/adapter-postgres.
export {
  createPostgresAdapter,
  supportedQueriesOf,
  type PostgresAdapter,
  type PostgresAdapterOptions,
} from './createPostgresAdapter.js';
export { MappingError } from './errors.js';
export { isIdentifier } from './identifiers.js';
export { loadDataset } from './loadDataset.js';
export {
  auditColumns,
  canonicalColumns,
  canonicalTables,
  type AuditColumn,
  type CanonicalTable,
  type SqlType,
} from './mapping/canonical.js';
export { defineMapping, type Mapping } from './mapping/defineMapping.js';
export type { AuditSpec, AuditTarget, ColumnExpr, Constant, JoinSpec, MappingSpec, TableSpec } from './mapping/spec.js';
export { canonicalSchemaSql, createCanonicalSchema } from './migrations/canonical.js';
export {
  migrateSeed002,
  refreshReportingViewsSql,
  seed002Migrations,
  seed002TablesSql,
  seed002ViewsSql,
} from './migrations/seed002.js';
export { canonicalMapping, canonicalMappingSpec, learnlensAuditSpec } from './presets/canonical.js';
export { seed000Mapping, seed000MappingSpec } from './presets/seed000.js';
export { seed002Mapping, seed002MappingSpec } from './presets/seed002.js';
export { seed003Mapping, seed003MappingSpec } from './presets/seed003.js';
export { createSeed003Tables, createSeed003Views, seed003TablesSql, seed003ViewsSql } from './migrations/seed003.js';
export type { Queryable } from './queryable.js';
