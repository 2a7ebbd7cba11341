import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { parseCsv } from '@learnlens/data-client';
import { tableNames, type DatasetRows, type TableName } from '@learnlens/mock';
import { UsageError } from '../usageError.js';
import { tableColumns, tableSchemas, type TableColumn } from './tableColumns.js';

// DatasetRows cannot do without these; the others may be absent from a hand-made directory.
const requiredTables: ReadonlySet<TableName> = new Set(['orgs', 'teams', 'users', 'activities', 'attempts']);

/**
 * Reads the CSV tables `learnlens dataset --format csv` wrote to `dir`, coercing every cell by its column's
 * domain schema and validating every row. Any problem is a UsageError naming the file, row and column.
 */
export async function readTables(dir: string): Promise<DatasetRows> {
  const info = await stat(dir).catch(() => null);
  if (!info?.isDirectory()) throw new UsageError(`--data ${dir} is not a readable directory`);
  const rows: Partial<Record<TableName, unknown[]>> = {};
  for (const table of tableNames) {
    const file = join(dir, `${table}.csv`);
    try {
      rows[table] = await parseTable(table, file, csvBatches(createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 })));
    } catch (error) {
      if (error instanceof UsageError) throw error;
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' && !requiredTables.has(table)) continue;
      throw new UsageError(`cannot read ${file}: ${describeFsError(error)}`, { cause: error });
    }
  }
  return rows as unknown as DatasetRows;
}

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file (write one with learnlens dataset --format csv)';
  if (code === 'EACCES') return 'permission denied';
  if (code === 'EISDIR') return 'it is a directory';
  return error instanceof Error ? error.message : String(error);
}

/**
 * Splits streamed CSV text into batches of whole records and parses each with `parseCsv`, so a file of
 * millions of rows is never held as one string or one array of records. A record ends at a line feed outside
 * quotes; an escaped quote ("") flips the quote state twice, leaving it as it was.
 */
export async function* csvBatches(chunks: AsyncIterable<string | Buffer>): AsyncGenerator<string[][]> {
  let pending = '';
  let quoted = false;
  for await (const chunk of chunks) {
    const start = pending.length;
    pending += String(chunk);
    let cut = -1;
    for (let i = start; i < pending.length; i++) {
      const code = pending.charCodeAt(i);
      if (code === 34) quoted = !quoted;
      else if (code === 10 && !quoted) cut = i + 1;
    }
    if (cut > 0) {
      yield parseCsv(pending.slice(0, cut));
      pending = pending.slice(cut);
    }
  }
  if (pending !== '') yield parseCsv(pending);
}

/** Rows of one table's CSV records (in batches), typed and validated by the table's domain schema. */
export async function parseTable(
  table: TableName,
  file: string,
  batches: AsyncIterable<string[][]> | Iterable<string[][]>,
): Promise<unknown[]> {
  const columns = tableColumns(table);
  const schema = tableSchemas[table];
  let positions: number[] | undefined;
  let headerWidth = 0;
  let rowNumber = 0;
  const out: unknown[] = [];
  for await (const records of batches) {
    for (const record of records) {
      if (positions === undefined) {
        if (record.length === 1 && record[0] === '') continue;
        positions = columnPositions(file, columns, record);
        headerWidth = record.length;
        continue;
      }
      rowNumber++;
      if (record.length === 1 && record[0] === '' && headerWidth > 1) continue;
      const where = `${file} row ${rowNumber}`;
      const row: Record<string, unknown> = {};
      for (let c = 0; c < columns.length; c++) {
        const column = columns[c]!;
        if (positions[c]! < 0) continue;
        row[column.name] = coerce(column, record[positions[c]!] ?? '', where);
      }
      const parsed = schema.safeParse(row);
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        throw new UsageError(`${where}: ${issue.path.map(String).join('.') || '(row)'}: ${issue.message}`);
      }
      out.push(parsed.data);
    }
  }
  if (positions === undefined) throw new UsageError(`${file} is empty: it has no header row`);
  return out;
}

// -1 for a column the file lacks that the schema may leave out (seed 003's columns, in files written before them).
function columnPositions(file: string, columns: readonly TableColumn[], header: readonly string[]): number[] {
  return columns.map((c) => {
    const at = header.indexOf(c.name);
    if (at < 0 && !c.optional) throw new UsageError(`${file} has no "${c.name}" column`);
    return at;
  });
}

// csvCell prefixes text that a spreadsheet would run as a formula with an apostrophe; undo that.
const NEUTRALISED = /^'[=+\-@\t\r\n]/;

/** One CSV cell as the value its column holds: empty is null where allowed, then numbers and booleans. */
export function coerce(column: TableColumn, cell: string, where: string): unknown {
  if (cell === '' && column.nullable) return null;
  switch (column.type) {
    case 'double':
    case 'int': {
      const value = cell.trim() === '' ? NaN : Number(cell);
      if (Number.isNaN(value)) throw new UsageError(`${where}: ${column.name}: expected a number, got "${cell}"`);
      return value;
    }
    case 'boolean':
      if (cell === 'true') return true;
      if (cell === 'false') return false;
      throw new UsageError(`${where}: ${column.name}: expected true or false, got "${cell}"`);
    case 'string':
    case 'timestamp':
      return NEUTRALISED.test(cell) ? cell.slice(1) : cell;
  }
}
