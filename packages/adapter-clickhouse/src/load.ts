import { tableNames, type TableName } from '@learnlens/data-client';
import { resolveTarget, type ClickHouseTarget } from './target.js';
import { tableSpecs, type ColumnKind } from './tables.js';

/** Rows of one canonical table in snake_case columns (e.g. `tableRows(dataset, table)` of @learnlens/mock). */
export type RowsOf = (table: TableName) => Iterable<Record<string, unknown>>;

/** Options of `insertRows` and `loadDataset`. */
export interface LoadOptions {
  /** Rows per INSERT statement (default 50 000). */
  batchSize?: number;
  signal?: AbortSignal;
}

function epochSeconds(value: unknown, column: string): number {
  const ms = value instanceof Date ? value.getTime() : typeof value === 'number' ? value : Date.parse(String(value));
  if (!Number.isFinite(ms)) throw new TypeError(`Column ${column}: not an instant: ${JSON.stringify(value)}`);
  // DateTime keeps whole seconds.
  return Math.floor(ms / 1000);
}

function encode(kind: ColumnKind, value: unknown, column: string): unknown {
  if (value === null || value === undefined) {
    if (kind.endsWith('?')) return null;
    throw new TypeError(`Column ${column} is not nullable`);
  }
  switch (kind) {
    case 'text':
    case 'text?':
      return String(value);
    case 'time':
    case 'time?':
      return epochSeconds(value, column);
    case 'bool':
      return value === true || value === 1 || value === 'true' ? 1 : 0;
    default: {
      const n = Number(value);
      if (!Number.isFinite(n) || ((kind === 'int' || kind === 'int?') && !Number.isInteger(n))) {
        throw new TypeError(`Column ${column}: not a ${kind.replace('?', '')}: ${JSON.stringify(value)}`);
      }
      return n;
    }
  }
}

/** Inserts rows into one canonical table with `INSERT … FORMAT JSONEachRow`, in batches; returns the row count. */
export async function insertRows(
  target: ClickHouseTarget,
  table: TableName,
  rows: Iterable<Record<string, unknown>>,
  options: LoadOptions = {},
): Promise<number> {
  const { connection, tables } = resolveTarget(target);
  const batchSize = options.batchSize ?? 50_000;
  const columns = tableSpecs[table].columns;
  let batch: string[] = [];
  let count = 0;
  const flush = async () => {
    if (batch.length === 0) return;
    await connection.insertJson(tables[table], batch.join('\n'), options.signal);
    batch = [];
  };
  for (const row of rows) {
    const out: Record<string, unknown> = {};
    for (const [name, kind] of columns) out[name] = encode(kind, row[name], `${table}.${name}`);
    batch.push(JSON.stringify(out));
    count++;
    if (batch.length >= batchSize) await flush();
  }
  await flush();
  return count;
}

/** Loads every canonical table from `rowsOf` (tests, benchmarks, demos); the tables must exist. */
export async function loadDataset(target: ClickHouseTarget, rowsOf: RowsOf, options: LoadOptions = {}): Promise<Record<TableName, number>> {
  const resolved = resolveTarget(target);
  const counts = {} as Record<TableName, number>;
  for (const table of tableNames) counts[table] = await insertRows(resolved, table, rowsOf(table), options);
  return counts;
}
