import type { DuckDBConnection } from '@duckdb/node-api';
import type pg from 'pg';
import { rawEventColumns } from './rawEvent.js';
import { exportedColumns, outputTableNames, outputTables, type OutputTable } from './transform/tables.js';
import { runValidationWith, type ValidationReport } from './validate/validate.js';

const pgTypes: Record<string, string> = { VARCHAR: 'text', BIGINT: 'bigint', INTEGER: 'integer', BOOLEAN: 'boolean', TIMESTAMP: 'timestamp', DATE: 'date' };
const pgType = (duck: string) => pgTypes[duck] ?? duck.replace('DECIMAL', 'numeric');

/** `CREATE TABLE IF NOT EXISTS` for seed 001's tables on PostgreSQL, with the seed's columns and types. */
export function postgresTableSql(table: OutputTable | 'raw_events'): string {
  if (table === 'raw_events') {
    const types: Record<string, string> = { timestamp: 'timestamp', processed_at: 'timestamp', partition_date: 'date', data: 'jsonb', metadata: 'jsonb' };
    return `CREATE TABLE IF NOT EXISTS raw_events (${rawEventColumns.map((c) => `"${c}" ${types[c] ?? 'text'}`).join(', ')})`;
  }
  const columns = outputTables[table].filter(([name]) => !name.startsWith('_'));
  return `CREATE TABLE IF NOT EXISTS ${table} (${columns.map(([name, type]) => `"${name}" ${pgType(type)}`).join(', ')})`;
}

/** Inserts rows in batches of `batch`, each one parameterised statement. */
export async function insertRows(client: pg.ClientBase, table: string, columns: readonly string[], rows: readonly (readonly unknown[])[], batch = 1_000): Promise<void> {
  for (let start = 0; start < rows.length; start += batch) {
    const slice = rows.slice(start, start + batch);
    const values: unknown[] = [];
    const tuples = slice.map((row) => `(${row.map((v) => (values.push(v), `$${values.length}`)).join(', ')})`);
    await client.query(`INSERT INTO ${table} (${columns.map((c) => `"${c}"`).join(', ')}) VALUES ${tuples.join(', ')}`, values);
  }
}

/**
 * Copies the pipeline's tables into PostgreSQL, replacing what they held, in one transaction: readers see the old
 * rows or the new ones, never a mix. Rows are streamed from the pipeline's state in batches.
 */
export async function syncToPostgres(db: DuckDBConnection, client: pg.ClientBase, tables: readonly OutputTable[] = outputTableNames): Promise<void> {
  await client.query('BEGIN');
  try {
    for (const table of tables) {
      await client.query(postgresTableSql(table));
      await client.query(`DELETE FROM ${table}`);
      const columns = exportedColumns(table);
      const types = new Map<string, string>(outputTables[table].map(([n, t]) => [n, t]));
      const select = columns.map((c) => (types.get(c) === 'TIMESTAMP' ? `strftime("${c}", '%Y-%m-%d %H:%M:%S.%f')` : types.get(c)!.startsWith('DECIMAL') || types.get(c) === 'DATE' ? `CAST("${c}" AS VARCHAR)` : `"${c}"`));
      const result = await db.stream(`SELECT ${select.join(', ')} FROM ${table}`);
      for (;;) {
        const chunk = await result.fetchChunk();
        if (!chunk || chunk.rowCount === 0) break;
        const rows = chunk.getRows().map((row) => row.map((v) => (typeof v === 'bigint' ? v.toString() : v)));
        await insertRows(client, table, columns, rows);
      }
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

/** Runs the validation queries on PostgreSQL over `raw_events`, `minute_metrics` and `session_metrics`, and records an `etl_job_status` row there. */
export async function validatePostgres(client: pg.ClientBase, toleranceSeconds = 60): Promise<ValidationReport> {
  const started = new Date();
  const report = await runValidationWith(async (sql) => (await client.query(sql)).rows, { table: 'raw_events', timestamp: '"timestamp"' }, toleranceSeconds);
  await client.query(postgresTableSql('etl_job_status'));
  const failed = report.eventCountMismatches.length + report.durationMismatches.length;
  const { rows } = await client.query<{ n: string }>('SELECT count(*) AS n FROM raw_events');
  await client.query(
    `INSERT INTO etl_job_status VALUES (gen_random_uuid()::text, 'validate', $1, $2, now(), $3, $4, 0, $5, 0, now(), now())`,
    [report.ok ? 'completed' : 'failed', started, rows[0]?.n ?? 0, failed, report.ok ? null : `${failed} mismatch(es)`],
  );
  return report;
}
