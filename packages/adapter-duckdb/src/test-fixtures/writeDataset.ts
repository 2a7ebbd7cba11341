import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { tableFile, type DatasetFormat } from '../load.js';
import { tableNames, type TableName } from '@learnlens/data-client';
import { tableSpecs, type ColumnType } from '../tables.js';

/** The rows of one table, in the canonical snake_case columns (e.g. `tableRows(dataset, table)` of @learnlens/mock). */
export type RowsOf = (table: TableName) => Iterable<Record<string, unknown>>;

interface ParquetColumn {
  name: string;
  type: 'STRING' | 'DOUBLE' | 'INT64' | 'BOOLEAN' | 'TIMESTAMP';
  data: unknown[];
  nullable: boolean;
}
type ParquetWriteFile = (options: { filename: string; columnData: ParquetColumn[]; rowGroupSize?: number }) => void;

const parquetType = { VARCHAR: 'STRING', DOUBLE: 'DOUBLE', BIGINT: 'INT64', BOOLEAN: 'BOOLEAN', TIMESTAMPTZ: 'TIMESTAMP' } as const;

// hyparquet-writer is a dependency of @learnlens/data-client only; this package (and the bench) reach it through
// there rather than declaring a dependency of their own for test fixtures.
async function loadWriter(): Promise<ParquetWriteFile> {
  const fromHere = createRequire(import.meta.url);
  const fromDataClient = createRequire(fromHere.resolve('@learnlens/data-client/package.json'));
  const module = (await import(pathToFileURL(fromDataClient.resolve('hyparquet-writer')).href)) as {
    parquetWriteFile: ParquetWriteFile;
  };
  return module.parquetWriteFile;
}

function parquetValue(type: ColumnType, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (type === 'TIMESTAMPTZ') return new Date(String(value));
  if (type === 'BIGINT') return BigInt(Math.trunc(Number(value)));
  return value;
}

/** Writes one table as Parquet with the canonical column types (timestamps as TIMESTAMP, UTC). */
async function writeParquetTable(path: string, table: TableName, rows: Iterable<Record<string, unknown>>): Promise<void> {
  const write = await loadWriter();
  const spec = tableSpecs[table].columns;
  const data = spec.map(() => [] as unknown[]);
  for (const row of rows) spec.forEach(([name, type], c) => data[c]!.push(parquetValue(type, row[name])));
  write({
    filename: path,
    columnData: spec.map(([name, type], c) => ({ name, type: parquetType[type], data: data[c]!, nullable: true })),
    rowGroupSize: 100_000,
  });
}

/** One RFC 4180 cell: null is an empty field, "" a quoted empty string, no spreadsheet escaping. */
function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'string' ? value : String(value);
  if (text === '' || /[",\r\n]/.test(text)) return `"${text.replace(/"/g, '""')}"`;
  return text;
}

/** Writes one table as CSV: a header, then one CRLF-terminated record per row; timestamps stay ISO 8601 strings. */
function writeCsvTable(path: string, table: TableName, rows: Iterable<Record<string, unknown>>): void {
  const names = tableSpecs[table].columns.map(([name]) => name);
  writeFileSync(path, names.join(',') + '\r\n');
  let chunk: string[] = [];
  for (const row of rows) {
    chunk.push(names.map((n) => csvCell(row[n])).join(','));
    if (chunk.length === 10_000) {
      appendFileSync(path, chunk.join('\r\n') + '\r\n');
      chunk = [];
    }
  }
  if (chunk.length > 0) appendFileSync(path, chunk.join('\r\n') + '\r\n');
}

/** Writes every table of a dataset into `dir` as DIR/<table>.parquet or .csv, as `learnlens dataset` does. */
export async function writeDataset(dir: string, format: DatasetFormat, rowsOf: RowsOf): Promise<void> {
  mkdirSync(dir, { recursive: true });
  for (const table of tableNames) {
    const path = tableFile(dir, table, format);
    if (format === 'parquet') await writeParquetTable(path, table, rowsOf(table));
    else writeCsvTable(path, table, rowsOf(table));
  }
}
