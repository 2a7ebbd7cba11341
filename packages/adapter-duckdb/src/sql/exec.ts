import type { DuckDBConnection } from '@duckdb/node-api';
import type { Binds } from './binds.js';
import type { TimeSpan } from './zone.js';

/** A result row with BIGINT/HUGEINT values already turned into numbers. */
export type Row = Record<string, unknown>;

/** Runs one statement with its bound parameters and returns plain rows. */
export type Exec = (sql: string, binds: Binds) => Promise<Row[]>;

/** What a query implementation runs against: a statement runner and the span of the loaded data. */
export interface Db {
  exec: Exec;
  span: TimeSpan;
}

// Counts and sums come back as bigint; every count here fits a double exactly.
function plain(value: unknown): unknown {
  if (typeof value === 'bigint') return Number(value);
  if (Array.isArray(value)) return value.map(plain);
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = plain(v);
    return out;
  }
  return value;
}

/** An Exec over one connection; an aborted signal interrupts the running statement. */
export function execOn(connection: DuckDBConnection, signal: AbortSignal | undefined): Exec {
  return async (sql, binds) => {
    signal?.throwIfAborted();
    const onAbort = () => connection.interrupt();
    signal?.addEventListener('abort', onAbort, { once: true });
    try {
      const reader = await connection.runAndReadAll(sql, binds.values, binds.types);
      return reader.getRowObjectsJS().map((row) => plain(row) as Row);
    } catch (error) {
      // An interrupted statement fails with DuckDB's own message; the caller asked for the signal's reason.
      if (signal?.aborted) throw signal.reason;
      throw error;
    } finally {
      signal?.removeEventListener('abort', onAbort);
    }
  };
}
