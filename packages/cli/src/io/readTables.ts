import { readFile, stat } from 'node:fs/promises';
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
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      if (!requiredTables.has(table) && (error as NodeJS.ErrnoException).code === 'ENOENT') continue;
      throw new UsageError(`cannot read ${file}: ${describeFsError(error)}`);
    }
    rows[table] = parseTable(table, file, text);
  }
  return rows as unknown as DatasetRows;
}

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file (write one with learnlens dataset --format csv)';
  if (code === 'EACCES') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}

/** Rows of one table's CSV text, typed and validated by the table's domain schema. */
export function parseTable(table: TableName, file: string, text: string): unknown[] {
  const records = parseCsv(text);
  const header = records[0];
  if (!header || (header.length === 1 && header[0] === '')) throw new UsageError(`${file} is empty: it has no header row`);
  const columns = tableColumns(table);
  const positions = columns.map((c) => {
    const at = header.indexOf(c.name);
    if (at < 0) throw new UsageError(`${file} has no "${c.name}" column`);
    return at;
  });
  const schema = tableSchemas[table];
  const out: unknown[] = [];
  for (let r = 1; r < records.length; r++) {
    const record = records[r]!;
    if (record.length === 1 && record[0] === '' && header.length > 1) continue;
    const where = `${file} row ${r}`;
    const row: Record<string, unknown> = {};
    for (let c = 0; c < columns.length; c++) {
      const column = columns[c]!;
      row[column.name] = coerce(column, record[positions[c]!] ?? '', where);
    }
    const parsed = schema.safeParse(row);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new UsageError(`${where}: ${issue.path.map(String).join('.') || '(row)'}: ${issue.message}`);
    }
    out.push(parsed.data);
  }
  return out;
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
