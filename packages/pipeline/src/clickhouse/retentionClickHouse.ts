import type { RetentionItem, RetentionOptions } from '../retention/retention.js';
import { cutoffDate, defaultRetention, type RetainedTable } from '../retention/windows.js';
import { recordClickHouseWatermarks, type Watermarks } from '../retention/watermarks.js';
import type { ClickHouseStatements } from '../sync/clickhouseSink.js';
import { chIdent, chString, tableExists, waitForMutations } from './statements.js';

/** Options of `runClickHouseRetention`. */
export interface ClickHouseRetentionOptions extends RetentionOptions {
  /** Database of seed 001's tables (default: the connection's). */
  database?: string;
  /** Longest wait for one table's deletion (a ClickHouse mutation), ms (default 60 000). */
  mutationTimeoutMs?: number;
}

/**
 * Seed 001's retention windows on ClickHouse 18.16. The tables are partitioned by month of `partition_date`, so the
 * months wholly before the cutoff go with `ALTER TABLE … DROP PARTITION` (immediate, no rewrite), and the days of
 * the cutoff's own month before it with `ALTER TABLE … DELETE` (a mutation, waited for). `etl_job_status` has no
 * partitions: its old runs go by `DELETE` on the day they started. ClickHouse has no transactions: tables are done one
 * after another. A dry run only lists, per table and partition date.
 */
export async function runClickHouseRetention(connection: ClickHouseStatements, options: ClickHouseRetentionOptions = {}): Promise<RetentionItem[]> {
  const now = options.now ?? new Date();
  const windows = { ...defaultRetention, ...options.windows };
  const database = options.database ?? connection.database;
  const items: RetentionItem[] = [];
  const applied: Watermarks = {};
  for (const table of Object.keys(defaultRetention) as RetainedTable[]) {
    if (!(await tableExists(connection, database, table))) continue;
    const name = `${chIdent(database)}.${chIdent(table)}`;
    const cutoff = cutoffDate(now, windows[table]);
    applied[table] = cutoff;
    const day = table === 'etl_job_status' ? 'toDate(started_at)' : 'partition_date';
    const expired = `${day} < toDate(${chString(cutoff)})`;
    const rows = await connection.select(`SELECT toString(${day}) AS d, count() AS n FROM ${name} WHERE ${expired} GROUP BY d ORDER BY d`);
    items.push({ table, cutoff, partitions: rows.map((r) => ({ partition_date: String(r.d), rows: Number(r.n) })), files: [] });
    if (!options.apply || rows.length === 0) continue;
    if (table === 'etl_job_status') {
      await connection.command(`ALTER TABLE ${name} DELETE WHERE ${expired}`);
    } else {
      const cutoffMonth = Number(cutoff.slice(0, 4) + cutoff.slice(5, 7));
      const months = new Set(rows.map((r) => Number(String(r.d).slice(0, 4) + String(r.d).slice(5, 7))));
      for (const month of months) if (month < cutoffMonth) await connection.command(`ALTER TABLE ${name} DROP PARTITION ${month}`);
      if (months.has(cutoffMonth)) await connection.command(`ALTER TABLE ${name} DELETE WHERE ${expired}`);
    }
    await waitForMutations(connection, database, table, options.mutationTimeoutMs);
  }
  // Recorded beside the tables, so `transform --adapter clickhouse` does not copy the deleted rows back.
  if (options.apply) await recordClickHouseWatermarks(connection, database, applied);
  return items;
}
