import type { DuckDBConnection } from '@duckdb/node-api';
import type pg from 'pg';
import { chIdent, chTime, tableExists } from '../clickhouse/statements.js';
import type { ClickHouseStatements } from '../sync/clickhouseSink.js';
import { sqlString } from '../transform/sqlText.js';
import { outputTableNames, type OutputTable } from '../transform/tables.js';
import type { RetainedTable } from './windows.js';

/**
 * Retention watermarks: per table, the first date `retention --apply` kept (the latest such cutoff). `transform`
 * never writes rows before them, so reprocessing a day, or copying the pipeline's state into a backend whole, cannot
 * bring back rows retention deleted. Retention on files records them in the pipeline's state; retention on a backend
 * records them beside the seed tables, in `learnlens_retention`, which `transform --adapter …` reads.
 */
export type Watermarks = Partial<Record<RetainedTable, string>>;

/** The backend table of watermarks, one row per table and applied run. */
export const watermarkTable = 'learnlens_retention';

const fromRows = (rows: Record<string, unknown>[]): Watermarks =>
  Object.fromEntries(rows.map((r) => [String(r.table_name), String(r.cutoff).slice(0, 10)])) as Watermarks;

/** Records cutoffs in the pipeline's state (kept, per table, the latest ever recorded). */
export async function recordStateWatermarks(db: DuckDBConnection, cutoffs: Watermarks): Promise<void> {
  await db.run(`CREATE TABLE IF NOT EXISTS _retention (table_name VARCHAR PRIMARY KEY, cutoff DATE)`);
  for (const [table, cutoff] of Object.entries(cutoffs)) {
    await db.run(`INSERT INTO _retention VALUES (${sqlString(table)}, CAST(${sqlString(cutoff)} AS DATE))
      ON CONFLICT (table_name) DO UPDATE SET cutoff = greatest(cutoff, EXCLUDED.cutoff)`);
  }
}

/** The cutoffs recorded in the pipeline's state. */
export async function stateWatermarks(db: DuckDBConnection): Promise<Watermarks> {
  await db.run(`CREATE TABLE IF NOT EXISTS _retention (table_name VARCHAR PRIMARY KEY, cutoff DATE)`);
  return fromRows((await db.runAndReadAll(`SELECT table_name, CAST(cutoff AS VARCHAR) AS cutoff FROM _retention`)).getRowObjectsJS());
}

/** The day column a table's watermark compares with. */
export const watermarkDay = (table: OutputTable) => (table === 'etl_job_status' ? 'CAST(started_at AS DATE)' : 'partition_date');

/** Deletes the rows of the pipeline's tables before their watermarks; resolves with how many went. */
export async function trimToWatermarks(db: DuckDBConnection, cutoffs: Watermarks): Promise<number> {
  let deleted = 0;
  for (const table of outputTableNames) {
    const cutoff = cutoffs[table];
    if (cutoff === undefined) continue;
    const result = await db.run(`DELETE FROM ${table} WHERE ${watermarkDay(table)} < CAST(${sqlString(cutoff)} AS DATE)`);
    deleted += Number(result.rowsChanged);
  }
  return deleted;
}

/** Records cutoffs on PostgreSQL, in `learnlens_retention` on the search path (inside the caller's transaction). */
export async function recordPostgresWatermarks(client: pg.ClientBase, cutoffs: Watermarks): Promise<void> {
  await client.query(`CREATE TABLE IF NOT EXISTS ${watermarkTable} (table_name text NOT NULL, cutoff date NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
  for (const [table, cutoff] of Object.entries(cutoffs)) {
    await client.query(`INSERT INTO ${watermarkTable} (table_name, cutoff) VALUES ($1, $2::date)`, [table, cutoff]);
  }
}

/** The cutoffs recorded on PostgreSQL (`schema`'s table, else the search path's); none when the table is missing. */
export async function postgresWatermarks(client: pg.ClientBase, schema?: string): Promise<Watermarks> {
  const name = schema === undefined ? watermarkTable : `"${schema.replaceAll('"', '""')}".${watermarkTable}`;
  const exists = await client.query('SELECT to_regclass($1) AS t', [name]);
  if (exists.rows[0]?.t === null) return {};
  const { rows } = await client.query(`SELECT table_name, max(cutoff)::text AS cutoff FROM ${name} GROUP BY table_name`);
  return fromRows(rows);
}

/** Records cutoffs on ClickHouse, in `database.learnlens_retention`. */
export async function recordClickHouseWatermarks(connection: ClickHouseStatements, database: string, cutoffs: Watermarks): Promise<void> {
  const name = `${chIdent(database)}.${chIdent(watermarkTable)}`;
  await connection.command(`CREATE TABLE IF NOT EXISTS ${name} (table_name String, cutoff Date, applied_at DateTime('UTC')) ENGINE = MergeTree() ORDER BY (table_name, cutoff)`);
  const now = chTime(new Date());
  const lines = Object.entries(cutoffs).map(([table, cutoff]) => JSON.stringify({ table_name: table, cutoff, applied_at: now }));
  if (lines.length > 0) await connection.insertJson(name, lines.join('\n'));
}

/** The cutoffs recorded on ClickHouse in `database`; none when the table is missing. */
export async function clickHouseWatermarks(connection: ClickHouseStatements, database: string): Promise<Watermarks> {
  if (!(await tableExists(connection, database, watermarkTable))) return {};
  return fromRows(await connection.select(`SELECT table_name, toString(max(cutoff)) AS cutoff FROM ${chIdent(database)}.${chIdent(watermarkTable)} GROUP BY table_name`));
}
