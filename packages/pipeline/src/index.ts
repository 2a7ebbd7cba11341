export { eventTypes, knownEventTypes, type KnownEventType } from './eventTypes.js';
export {
  rawEventColumns,
  rawEventInputSchema,
  normaliseRawEvent,
  toUtcIso,
  RawEventFieldError,
  type RawEvent,
  type RawEventInput,
  type NormaliseDefaults,
} from './rawEvent.js';
export { listInputFiles, InputError, type InputFile, type InputKind } from './ingest/inputFiles.js';
export { readRecords, type InputRecord } from './ingest/readRecords.js';
export { fetchStatementPages, type FetchStatementsOptions } from './ingest/sources.js';
export {
  ingest,
  mapRecords,
  type IngestOptions,
  type IngestMappingOptions,
  type IngestOutcome,
  type IngestSummary,
  type Reject,
} from './ingest/ingest.js';
export { xapiStatementSchema, type XapiStatement } from './xapi/statement.js';
export { statementToRawEvent, type XapiMappingOptions, type StatementIssue } from './xapi/toRawEvent.js';
export { defaultVerbTable, eventTypeForVerb } from './xapi/verbs.js';
export { parseIsoDuration } from './xapi/duration.js';
export { transform, rawEventFiles, type TransformOptions, type TransformSummary } from './transform/transform.js';
export { defaultMasteryModel, nextMastery, confidenceOf, type MasteryModel } from './transform/masteryModel.js';
export type { MetricsOptions } from './transform/metrics.js';
export type { OutputFormat } from './transform/exportTables.js';
export { outputTables, outputTableNames, exportedColumns, type OutputTable } from './transform/tables.js';
export {
  formatValidationReport,
  validationSkips,
  type ValidationReport,
  type ValidationSkip,
  type EventCountMismatch,
  type DurationMismatch,
} from './validate/validate.js';
export { eventCountMismatchesSql, durationMismatchesSql, type ValidationCutoffs } from './validate/validationSql.js';
export { validateFiles, type ValidateFilesOptions } from './validate/validateFiles.js';
export { insertRows, postgresSink, postgresTableSql, syncToPostgres, validatePostgres, type PostgresSinkOptions } from './postgres.js';
export { clickHouseSink, clickHouseTableSql, type ClickHouseSinkOptions, type ClickHouseStatements } from './sync/clickhouseSink.js';
export { syncTables, type SyncOptions, type SyncSummary, type TableSink } from './sync/tableSink.js';
export { canonicalColumns, canonicalPipelineTables, type CanonicalTable } from './transform/canonical.js';
export { openState } from './transform/transform.js';
export {
  runFileRetention,
  runPostgresRetention,
  formatRetention,
  partitionOfPath,
  type RetentionItem,
  type RetentionOptions,
} from './retention/retention.js';
export {
  cutoffDate,
  defaultRetention,
  parseWindow,
  retentionClasses,
  type RetainedTable,
  type RetentionWindow,
} from './retention/windows.js';
export { watermarkTable, postgresWatermarks, clickHouseWatermarks, type Watermarks } from './retention/watermarks.js';
export { clickHouseRawEventsSql } from './clickhouse/statements.js';
export { validateClickHouse, clickHouseEventCountSql, clickHouseDurationSql, type ValidateClickHouseOptions } from './clickhouse/validateClickHouse.js';
export { runClickHouseRetention, type ClickHouseRetentionOptions } from './clickhouse/retentionClickHouse.js';
