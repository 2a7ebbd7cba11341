import type { DuckDBConnection } from '@duckdb/node-api';
import type pg from 'pg';
import { rawEventColumns } from './rawEvent.js';
import { canonicalColumns } from './transform/canonical.js';
import { exportedColumns, outputTableNames, outputTables, type OutputTable } from './transform/tables.js';
import type { RowBatch } from './sync/rowBatches.js';
import { syncTables, type TableSink } from './sync/tableSink.js';
import { runValidationWith, type ValidationReport } from './validate/validate.js';
import { postgresWatermarks } from './retention/watermarks.js';

const pgTypes: Record<string, string> = { VARCHAR: 'text', BIGINT: 'bigint', INTEGER: 'integer', BOOLEAN: 'boolean', TIMESTAMP: 'timestamp', DATE: 'date' };
const pgType = (duck: string) => pgTypes[duck] ?? duck.replace('DECIMAL', 'numeric');

/** `CREATE TABLE IF NOT EXISTS` for seed 001's tables on PostgreSQL, with the seed's columns and types. */
export function postgresTableSql(table: OutputTable | 'raw_events', name: string = table): string {
  if (table === 'raw_events') {
    const types: Record<string, string> = { timestamp: 'timestamp', processed_at: 'timestamp', partition_date: 'date', data: 'jsonb', metadata: 'jsonb' };
    return `CREATE TABLE IF NOT EXISTS ${name} (${rawEventColumns.map((c) => `"${c}" ${types[c] ?? 'text'}`).join(', ')})`;
  }
  const columns = outputTables[table].filter(([name]) => !name.startsWith('_'));
  return `CREATE TABLE IF NOT EXISTS ${name} (${columns.map(([column, type]) => `"${column}" ${pgType(type)}`).join(', ')})`;
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

/** Options of `postgresSink`. */
export interface PostgresSinkOptions {
  /**
   * Schema for seed 001's tables (created if missing); default: the connection's search path. Seed 001's
   * `mastery_deltas` shares its name with the canonical table, so a database that holds both needs one.
   */
  schema?: string;
}

const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;

/**
 * PostgreSQL as a `TableSink`: one transaction for the whole copy, so readers see the old rows or the new ones, never
 * a mix. Seed tables are created with the seed's column types where missing; canonical rows go into the canonical
 * tables on the search path (`createCanonicalSchema` of @learnlens/adapter-postgres makes them).
 */
export function postgresSink(client: pg.ClientBase, options: PostgresSinkOptions = {}): TableSink {
  const seedName = (table: OutputTable) => (options.schema === undefined ? table : `${quoteIdent(options.schema)}.${table}`);
  const insertBatches = async (table: string, columns: readonly string[], rows: AsyncIterable<RowBatch>) => {
    let count = 0;
    for await (const batch of rows) {
      await insertRows(client, table, columns, batch.map((row) => columns.map((c) => row[c] ?? null)));
      count += batch.length;
    }
    return count;
  };
  return {
    name: 'postgres',
    async begin() {
      await client.query('BEGIN');
      if (options.schema !== undefined) await client.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(options.schema)}`);
    },
    async replaceSeedTable(table, rows) {
      await client.query(postgresTableSql(table, seedName(table)));
      await client.query(`DELETE FROM ${seedName(table)}`);
      return insertBatches(seedName(table), exportedColumns(table), rows);
    },
    async replaceOrgRows(table, orgId, rows) {
      await client.query(`DELETE FROM ${table} WHERE org_id = $1`, [orgId]);
      return insertBatches(table, canonicalColumns[table], rows);
    },
    async commit() {
      await client.query('COMMIT');
    },
    async rollback() {
      await client.query('ROLLBACK');
    },
    retentionCutoffs: () => postgresWatermarks(client, options.schema),
  };
}

/**
 * Copies the pipeline's tables into PostgreSQL, replacing what they held, in one transaction: readers see the old
 * rows or the new ones, never a mix. Rows are streamed from the pipeline's state in batches.
 */
export async function syncToPostgres(db: DuckDBConnection, client: pg.ClientBase, tables: readonly OutputTable[] = outputTableNames, options: PostgresSinkOptions = {}): Promise<void> {
  await syncTables(db, postgresSink(client, options), { tables });
}

/**
 * Runs the validation queries on PostgreSQL over `raw_events`, `minute_metrics` and `session_metrics`, and records an
 * `etl_job_status` row there. Days and sessions before the retention cutoffs in `learnlens_retention` are left out.
 */
export async function validatePostgres(client: pg.ClientBase, toleranceSeconds = 60): Promise<ValidationReport> {
  const started = new Date();
  const watermarks = await postgresWatermarks(client);
  const report = await runValidationWith(async (sql) => (await client.query(sql)).rows, { table: 'raw_events', timestamp: '"timestamp"' }, toleranceSeconds, watermarks);
  await client.query(postgresTableSql('etl_job_status'));
  const failed = report.eventCountMismatches.length + report.durationMismatches.length;
  const { rows } = await client.query<{ n: string }>('SELECT count(*) AS n FROM raw_events');
  await client.query(
    `INSERT INTO etl_job_status VALUES (gen_random_uuid()::text, 'validate', $1, $2, now(), $3, $4, 0, $5, 0, now(), now())`,
    [report.ok ? 'completed' : 'failed', started, rows[0]?.n ?? 0, failed, report.ok ? null : `${failed} mismatch(es)`],
  );
  return report;
}
