import type { DuckDBConnection } from '@duckdb/node-api';

const mib = 1024 * 1024;
const sizeUnits: Record<string, number> = { B: 1, KiB: 1024, MiB: mib, GiB: 1024 * mib, TiB: 1024 * 1024 * mib };

/**
 * What DuckDB may use on this connection: its memory limit in bytes (as DuckDB reports it, whatever form it was given
 * in) and its threads. Some of DuckDB's operators hold memory the limit cannot spill — a reader's buffers, a window's or
 * a hash join's per-statement state — so the transform sizes those pieces of work from this, instead of letting
 * their memory grow with the input.
 */
export interface MemoryBudget {
  limitBytes: number;
  threads: number;
}

export async function memoryBudget(db: DuckDBConnection): Promise<MemoryBudget> {
  const row = (await db.runAndReadAll(`SELECT current_setting('memory_limit') AS m, current_setting('threads') AS t`)).getRowObjectsJS()[0]!;
  const [, amount, unit] = /^([\d.]+) (\w+)$/.exec(String(row.m)) ?? [];
  const limitBytes = amount !== undefined && unit !== undefined && sizeUnits[unit] !== undefined ? Number(amount) * sizeUnits[unit] : Infinity;
  return { limitBytes, threads: Math.max(1, Number(row.t)) };
}

/**
 * The CSV reader's buffer. DuckDB's default (32 MiB, 16 lines of its 2 MiB longest line) is taken whole by each reading
 * thread and cannot spill: under a 96 MB limit two of them beside the table being written ran out of memory. An eighth
 * of the limit per thread leaves the rest to the table, which can spill; the default stays from 512 MiB per thread up,
 * and the floor is the longest line the reader accepts.
 */
export function csvBufferBytes(budget: MemoryBudget): number {
  return Math.floor(Math.min(32 * mib, Math.max(2 * mib, budget.limitBytes / (8 * budget.threads))));
}

/**
 * Into how many statements to split work over `rows` rows that needs about `bytesPerRow` of memory per row it holds at
 * once (measured: see the callers), so that each statement fits the limit: one under the default limit for inputs
 * far beyond the bench's 10M events, more under a small one.
 */
export function statementsFor(rows: number, bytesPerRow: number, budget: MemoryBudget): number {
  return Math.max(1, Math.ceil((rows * bytesPerRow) / budget.limitBytes));
}
