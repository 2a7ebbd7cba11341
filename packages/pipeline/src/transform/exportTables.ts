import { renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { sqlString } from './sqlText.js';
import { exportedColumns, outputTables, type OutputTable } from './tables.js';

/** File formats `transform` writes, like `learnlens dataset`. */
export type OutputFormat = 'csv' | 'parquet' | 'json';

// Every table in a stable order, so a rerun over the same events writes the same bytes.
const orderBy: Record<OutputTable, string> = {
  minute_metrics: 'partition_date, learner_id, minute_timestamp, session_id',
  session_metrics: 'partition_date, session_start, session_id',
  mastery_deltas: 'partition_date, learner_id, content_id, "timestamp", trigger_event_id',
  etl_job_status: 'started_at, job_id',
};

function selectList(table: OutputTable, format: OutputFormat): string {
  const types = new Map<string, string>(outputTables[table].map(([name, type]) => [name, type]));
  return exportedColumns(table)
    .map((name) => {
      const type = types.get(name)!;
      // CSV and JSON carry instants as ISO 8601 UTC with milliseconds, like every table the project writes.
      if (format !== 'parquet' && type === 'TIMESTAMP') return `strftime("${name}", '%Y-%m-%dT%H:%M:%S.%gZ') AS "${name}"`;
      if (format === 'json' && type.startsWith('DECIMAL')) return `CAST("${name}" AS DOUBLE) AS "${name}"`;
      return `"${name}"`;
    })
    .join(', ');
}

/** Writes one table to `dir/<table>.<format>` atomically (a temporary file renamed over the old one). */
export async function exportTable(db: DuckDBConnection, table: OutputTable, dir: string, format: OutputFormat): Promise<string> {
  const file = join(dir, `${table}.${format}`);
  const temporary = `${file}.tmp`;
  const options = format === 'csv' ? `FORMAT csv, HEADER true` : format === 'json' ? `FORMAT json, ARRAY true` : `FORMAT parquet`;
  try {
    // Sorted first, formatted after: the instants formatted as text before the sort made every sorted row carry
    // strings too long to inline, which cost the 10M-event run about as much as the sort itself. The projection
    // over the ordered subquery keeps its order (DuckDB's ORDER BY fixes the order of what reads it).
    await db.run(`COPY (SELECT ${selectList(table, format)} FROM (SELECT * FROM ${table} ORDER BY ${orderBy[table]})) TO ${sqlString(temporary)} (${options})`);
    renameSync(temporary, file);
  } finally {
    rmSync(temporary, { force: true });
  }
  return file;
}
