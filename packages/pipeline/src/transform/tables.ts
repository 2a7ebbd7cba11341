/**
 * The output tables, with seed 001's columns in the seed's order (types as DuckDB holds them). A table's extra
 * bookkeeping columns, if any, start with `_` and are never exported.
 */
export const outputTables = {
  minute_metrics: [
    ['learner_id', 'VARCHAR'],
    ['minute_timestamp', 'TIMESTAMP'],
    ['session_id', 'VARCHAR'],
    ['total_events', 'BIGINT'],
    ['page_views', 'BIGINT'],
    ['interactions', 'BIGINT'],
    ['assessments_started', 'BIGINT'],
    ['assessments_completed', 'BIGINT'],
    ['lessons_started', 'BIGINT'],
    ['lessons_completed', 'BIGINT'],
    ['errors', 'BIGINT'],
    ['time_spent_seconds', 'DECIMAL(10,2)'],
    ['created_at', 'TIMESTAMP'],
    ['partition_date', 'DATE'],
  ],
  session_metrics: [
    ['session_id', 'VARCHAR'],
    ['learner_id', 'VARCHAR'],
    ['session_start', 'TIMESTAMP'],
    ['session_end', 'TIMESTAMP'],
    ['duration_seconds', 'DECIMAL(10,2)'],
    ['total_events', 'BIGINT'],
    ['unique_pages', 'BIGINT'],
    ['total_interactions', 'BIGINT'],
    ['lessons_attempted', 'BIGINT'],
    ['lessons_completed', 'BIGINT'],
    ['assessments_attempted', 'BIGINT'],
    ['assessments_completed', 'BIGINT'],
    ['avg_assessment_score', 'DECIMAL(5,2)'],
    ['completion_rate', 'DECIMAL(5,4)'],
    ['is_active', 'BOOLEAN'],
    ['last_activity', 'TIMESTAMP'],
    ['created_at', 'TIMESTAMP'],
    ['updated_at', 'TIMESTAMP'],
    ['partition_date', 'DATE'],
    ['_ended', 'BOOLEAN'],
  ],
  mastery_deltas: [
    ['learner_id', 'VARCHAR'],
    ['content_id', 'VARCHAR'],
    ['content_type', 'VARCHAR'],
    ['previous_mastery', 'DECIMAL(5,4)'],
    ['current_mastery', 'DECIMAL(5,4)'],
    ['mastery_delta', 'DECIMAL(5,4)'],
    ['trigger_event_id', 'VARCHAR'],
    ['trigger_event_type', 'VARCHAR'],
    ['session_id', 'VARCHAR'],
    ['confidence_score', 'DECIMAL(5,4)'],
    ['evidence_count', 'BIGINT'],
    ['timestamp', 'TIMESTAMP'],
    ['created_at', 'TIMESTAMP'],
    ['partition_date', 'DATE'],
  ],
  etl_job_status: [
    ['job_id', 'VARCHAR'],
    ['job_type', 'VARCHAR'],
    ['status', 'VARCHAR'],
    ['started_at', 'TIMESTAMP'],
    ['completed_at', 'TIMESTAMP'],
    ['records_processed', 'BIGINT'],
    ['records_failed', 'BIGINT'],
    ['bytes_processed', 'BIGINT'],
    ['error_message', 'VARCHAR'],
    ['retry_count', 'INTEGER'],
    ['created_at', 'TIMESTAMP'],
    ['updated_at', 'TIMESTAMP'],
  ],
} as const satisfies Record<string, readonly (readonly [string, string])[]>;

/** An output table's name. */
export type OutputTable = keyof typeof outputTables;

/** The tables `transform` writes, in the order it writes them. */
export const outputTableNames = Object.keys(outputTables) as OutputTable[];

/** The exported (seed) columns of a table. */
export function exportedColumns(table: OutputTable): string[] {
  return outputTables[table].map(([name]) => name).filter((name) => !name.startsWith('_'));
}

/** `CREATE TABLE IF NOT EXISTS` for one table. */
export function createTableSql(table: OutputTable): string {
  const columns = outputTables[table].map(([name, type]) => `"${name}" ${type}`).join(', ');
  return `CREATE TABLE IF NOT EXISTS ${table} (${columns})`;
}
