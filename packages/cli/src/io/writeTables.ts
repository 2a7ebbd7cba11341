import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { csvCell, ParquetStreamWriter, type ExportColumn } from '@learnlens/data-client';
import { tableNames, tableRows, type MockDataset, type TableName } from '@learnlens/mock';
import { ensureDirectory } from './outputPath.js';
import { tableColumns, type TableColumn } from './tableColumns.js';

/** A file format `learnlens dataset` writes. */
export type TableFormat = 'csv' | 'parquet' | 'json';

/** The file format names `--format` accepts. */
export const tableFormats: readonly TableFormat[] = ['csv', 'parquet', 'json'];

/** One table file that was written. */
export interface WrittenTable {
  table: TableName;
  file: string;
  rows: number;
}

type Row = Readonly<Record<string, unknown>>;

// Text is handed to the file stream in chunks of about this many characters, so a table of millions of
// rows never becomes one string.
const CHUNK_CHARS = 1 << 20;

/** Writes every table of `dataset` to `dir/<table>.<format>`, creating `dir` if needed. */
export async function writeTables(dataset: MockDataset, dir: string, format: TableFormat): Promise<WrittenTable[]> {
  await ensureDirectory(dir);
  const written: WrittenTable[] = [];
  for (const table of tableNames) {
    const file = join(dir, `${table}.${format}`);
    const columns = tableColumns(table);
    const rows = tableRows(dataset, table);
    const count =
      format === 'csv'
        ? await writeText(file, csvChunks(columns, rows))
        : format === 'json'
          ? await writeText(file, jsonChunks(columns, rows))
          : await writeParquet(file, columns, rows);
    written.push({ table, file, rows: count });
  }
  return written;
}

// Streams the chunks into `file` with backpressure and resolves with the row count the generator returns.
async function writeText(file: string, chunks: Generator<string, number>): Promise<number> {
  let rows = 0;
  function* counted(): Generator<string> {
    rows = yield* chunks;
  }
  await pipeline(Readable.from(counted()), createWriteStream(file));
  return rows;
}

/** RFC 4180 CSV (CRLF, header row) in chunks; returns the number of data rows. */
export function* csvChunks(columns: readonly TableColumn[], rows: Iterable<Row>): Generator<string, number> {
  // Joining an array of lines is several times faster than appending to one string (V8 cons strings).
  let lines: string[] = [columns.map((c) => csvCell(c.name)).join(',')];
  let size = 0;
  let count = 0;
  for (const row of rows) {
    let line = '';
    for (let c = 0; c < columns.length; c++) {
      if (c > 0) line += ',';
      line += csvCell(row[columns[c]!.name]);
    }
    lines.push(line);
    size += line.length;
    count++;
    if (size >= CHUNK_CHARS) {
      yield `${lines.join('\r\n')}\r\n`;
      lines = [];
      size = 0;
    }
  }
  if (lines.length > 0) yield `${lines.join('\r\n')}\r\n`;
  return count;
}

/** A JSON array of row objects (keys in column order, missing values as null) in chunks; returns the row count. */
export function* jsonChunks(columns: readonly TableColumn[], rows: Iterable<Row>): Generator<string, number> {
  const keys = columns.map((c) => `${JSON.stringify(c.name)}:`);
  let objects: string[] = [];
  let size = 0;
  let count = 0;
  // What goes before the next batch of objects: the array's opening, or the comma after the previous batch.
  let lead = '[\n';
  for (const row of rows) {
    let object = '{';
    for (let c = 0; c < columns.length; c++) {
      if (c > 0) object += ',';
      object += keys[c]! + JSON.stringify(row[columns[c]!.name] ?? null);
    }
    objects.push(`${object}}`);
    size += object.length;
    count++;
    if (size >= CHUNK_CHARS) {
      yield lead + objects.join(',\n');
      lead = ',\n';
      objects = [];
      size = 0;
    }
  }
  if (count === 0) yield '[]\n';
  else yield `${objects.length > 0 ? lead + objects.join(',\n') : ''}\n]\n`;
  return count;
}

/** Parquet column types for a table: booleans become strings, as the Parquet writer has no boolean type. */
export function parquetColumns(columns: readonly TableColumn[]): ExportColumn[] {
  return columns.map((c) => ({ name: c.name, type: c.type === 'boolean' ? 'string' : c.type }));
}

// Parquet is written a row group at a time as the rows come, so a table of millions of rows is never held whole.
async function writeParquet(file: string, columns: readonly TableColumn[], rows: Iterable<Row>): Promise<number> {
  const writer = new ParquetStreamWriter(parquetColumns(columns));
  let count = 0;
  function* chunks(): Generator<Uint8Array> {
    let batch: Row[] = [];
    for (const row of rows) {
      batch.push(row);
      count++;
      if (batch.length === 8_192) {
        yield* writer.write(batch);
        batch = [];
      }
    }
    yield* writer.write(batch);
    yield* writer.finish();
  }
  await pipeline(Readable.from(chunks()), createWriteStream(file));
  return count;
}
