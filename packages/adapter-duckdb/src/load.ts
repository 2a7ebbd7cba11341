import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { VARCHAR, type DuckDBConnection } from '@duckdb/node-api';
import { tableNames, type TableName } from '@learnlens/data-client';
import { tableSpecs } from './tables.js';

/** The file format of a dataset directory. */
export type DatasetFormat = 'parquet' | 'csv';

/** The file a table is read from: DIR/<table>.parquet or DIR/<table>.csv. */
export function tableFile(dir: string, table: TableName, format: DatasetFormat): string {
  return resolve(dir, `${table}.${format}`);
}

// The file's own column types are not trusted: every column is picked by name and cast to its canonical type, so
// a CSV's column order, a Parquet writer's choice of INT64 vs DOUBLE or TIMESTAMP vs TIMESTAMPTZ, or booleans
// stored as "true"/"false" text all give the same tables.
function reader(format: DatasetFormat): string {
  if (format === 'parquet') return 'read_parquet($path)';
  // Every column is read as text; casting afterwards turns "" into NULL and ISO strings into instants.
  return `read_csv($path, header = true, all_varchar = true, delim = ',', quote = '"', escape = '"', nullstr = '', allow_quoted_nulls = false)`;
}

function castColumn(name: string, type: string, format: DatasetFormat): string {
  // In CSV an empty field is null for every type but text, where the schema allows "" (e.g. an event without a session).
  if (format === 'csv' && type !== 'VARCHAR') return `CAST(NULLIF("${name}", '') AS ${type}) AS "${name}"`;
  return `CAST("${name}" AS ${type}) AS "${name}"`;
}

/**
 * Loads every table of the dataset into DuckDB memory, with canonical column types and sorted by org and time.
 * Optional tables whose file is missing are created empty.
 */
export async function loadTables(connection: DuckDBConnection, dir: string, format: DatasetFormat): Promise<void> {
  for (const table of tableNames) {
    const spec = tableSpecs[table];
    const path = tableFile(dir, table, format);
    const columns = spec.columns.map(([name, type]) => castColumn(name, type, format)).join(', ');
    if (!existsSync(path)) {
      if (!spec.optional) throw new Error(`The dataset has no ${table} table: "${path}" does not exist`);
      const empty = spec.columns.map(([name, type]) => `"${name}" ${type}`).join(', ');
      await connection.run(`CREATE TABLE ${table} (${empty})`);
      continue;
    }
    const order = spec.orderBy.length > 0 ? ` ORDER BY ${[...spec.orderBy, spec.columns[0]![0]].join(', ')}` : '';
    await connection.run(`CREATE TABLE ${table} AS SELECT ${columns} FROM ${reader(format)}${order}`, { path }, { path: VARCHAR });
  }
}
