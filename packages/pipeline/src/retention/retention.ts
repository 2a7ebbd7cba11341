import { existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import type pg from 'pg';
import { rawEventFiles, openState } from '../transform/transform.js';
import { exportTable, type OutputFormat } from '../transform/exportTables.js';
import { sqlString } from '../transform/sqlText.js';
import { recordPostgresWatermarks, recordStateWatermarks, type Watermarks } from './watermarks.js';
import { cutoffDate, defaultRetention, type RetainedTable, type RetentionWindow } from './windows.js';

/** What retention deletes (or would delete) from one table: rows per partition, and whole files for partitioned raw events. */
export interface RetentionItem {
  table: RetainedTable;
  /** First date kept. */
  cutoff: string;
  partitions: { partition_date: string; rows: number }[];
  files: string[];
}

/** Options of `runRetention`. */
export interface RetentionOptions {
  /** The instant windows count back from (default now). */
  now?: Date;
  /** Windows per table over `defaultRetention`. */
  windows?: Partial<Record<RetainedTable, RetentionWindow>>;
  /** Delete for real (default false: a dry run that only lists). */
  apply?: boolean;
}

const dateInPath = /(?:partition_date=|^|[/\\])(\d{4})[-/\\](\d{2})[-/\\](\d{2})(?=[/\\]|$)/;

/** The partition date a file's path names (`partition_date=2025-09-05/…` or `…/2025/09/05/…`), if any. */
export function partitionOfPath(path: string): string | null {
  const match = dateInPath.exec(path);
  return match ? `${match[1]}-${match[2]}-${match[3]}` : null;
}

/**
 * Applies seed 001's retention windows to files: raw event files in date-partitioned folders are deleted whole when
 * their date is before the cutoff, and rows of unpartitioned raw event files are rewritten without the expired ones;
 * the transform's tables in `out` lose their expired partitions and are written again. A dry run changes nothing.
 */
export async function runFileRetention(
  dirs: { events?: string; out?: string; format?: OutputFormat },
  options: RetentionOptions = {},
): Promise<RetentionItem[]> {
  const now = options.now ?? new Date();
  const windows = { ...defaultRetention, ...options.windows };
  const items: RetentionItem[] = [];
  const events = dirs.events;
  if (events) {
    const cutoff = cutoffDate(now, windows.raw_events);
    const files = rawEventFiles([events]);
    const item: RetentionItem = { table: 'raw_events', cutoff, partitions: [], files: [] };
    const whole = [...files.csv, ...files.parquet].filter((f) => (partitionOfPath(f.slice(events.length)) ?? '9999') < cutoff);
    const instance = await DuckDBInstance.create(':memory:', { autoinstall_known_extensions: 'false', autoload_known_extensions: 'false' });
    const db = await instance.connect();
    try {
      for (const file of [...files.csv, ...files.parquet]) {
        const reader = file.endsWith('.parquet') ? `read_parquet(${sqlString(file)})` : `read_csv(${sqlString(file)}, header = true, all_varchar = true, quote = '"', escape = '"')`;
        const expired = `COALESCE(TRY_CAST(partition_date AS DATE), CAST(CAST(TRY_CAST("timestamp" AS TIMESTAMPTZ) AS TIMESTAMP) AS DATE)) < DATE ${sqlString(cutoff)}`;
        const rows = (await db.runAndReadAll(`SELECT CAST(COALESCE(TRY_CAST(partition_date AS DATE), CAST(CAST(TRY_CAST("timestamp" AS TIMESTAMPTZ) AS TIMESTAMP) AS DATE)) AS VARCHAR) AS d, count(*) AS n FROM ${reader} WHERE ${expired} GROUP BY 1 ORDER BY 1`)).getRowObjectsJS();
        for (const r of rows) item.partitions.push({ partition_date: String(r.d), rows: Number(r.n) });
        if (whole.includes(file)) item.files.push(file);
        else if (rows.length > 0 && options.apply) {
          // Rewrite the file without its expired rows, through a temporary file renamed over it.
          const temporary = `${file}.retention.tmp`;
          const format = file.endsWith('.parquet') ? 'FORMAT parquet' : `FORMAT csv, HEADER true, QUOTE '"'`;
          await db.run(`COPY (SELECT * FROM ${reader} WHERE NOT (${expired})) TO ${sqlString(temporary)} (${format})`);
          renameSync(temporary, file);
        }
      }
    } finally {
      db.closeSync();
      instance.closeSync();
    }
    if (options.apply) for (const file of item.files) rmSync(file);
    item.partitions = mergePartitions(item.partitions);
    items.push(item);
  }
  if (dirs.out && existsSync(join(dirs.out, '.learnlens', 'pipeline.duckdb')) && statSync(dirs.out).isDirectory()) {
    const { instance, db } = await openState(dirs.out);
    // With the raw events in the same run, their cutoff is kept too: validate then knows which sessions lost raw events.
    const applied: Watermarks = events ? { raw_events: cutoffDate(now, windows.raw_events) } : {};
    try {
      for (const table of ['minute_metrics', 'session_metrics', 'mastery_deltas', 'etl_job_status'] as const) {
        const cutoff = cutoffDate(now, windows[table]);
        applied[table] = cutoff;
        const dateColumn = table === 'etl_job_status' ? 'CAST(started_at AS DATE)' : 'partition_date';
        const rows = (await db.runAndReadAll(`SELECT CAST(${dateColumn} AS VARCHAR) AS d, count(*) AS n FROM ${table} WHERE ${dateColumn} < DATE ${sqlString(cutoff)} GROUP BY 1 ORDER BY 1`)).getRowObjectsJS();
        items.push({ table, cutoff, partitions: rows.map((r) => ({ partition_date: String(r.d), rows: Number(r.n) })), files: [] });
        if (options.apply && rows.length > 0) {
          await db.run(`DELETE FROM ${table} WHERE ${dateColumn} < DATE ${sqlString(cutoff)}`);
          await exportTable(db, table, dirs.out, dirs.format ?? 'csv');
        }
      }
      // Later transforms never write rows before these cutoffs again (see watermarks.ts).
      if (options.apply) await recordStateWatermarks(db, applied);
      // Forget the fingerprints of expired raw partitions, so they are not mistaken for withdrawn events later.
      if (options.apply) await db.run(`DELETE FROM _partitions WHERE partition_date < DATE ${sqlString(cutoffDate(now, windows.raw_events))}`).catch(() => undefined);
    } finally {
      db.closeSync();
      instance.closeSync();
    }
  }
  return items;
}

function mergePartitions(list: { partition_date: string; rows: number }[]): { partition_date: string; rows: number }[] {
  const byDate = new Map<string, number>();
  for (const p of list) byDate.set(p.partition_date, (byDate.get(p.partition_date) ?? 0) + p.rows);
  return [...byDate].sort(([a], [b]) => a.localeCompare(b)).map(([partition_date, rows]) => ({ partition_date, rows }));
}

/** The same windows on PostgreSQL tables of the seed's shapes (those that exist), in one transaction. */
export async function runPostgresRetention(client: pg.ClientBase, options: RetentionOptions = {}): Promise<RetentionItem[]> {
  const now = options.now ?? new Date();
  const windows = { ...defaultRetention, ...options.windows };
  const items: RetentionItem[] = [];
  const applied: Watermarks = {};
  await client.query('BEGIN');
  try {
    for (const table of Object.keys(defaultRetention) as RetainedTable[]) {
      const exists = await client.query('SELECT to_regclass($1) AS t', [table]);
      if (exists.rows[0]?.t === null) continue;
      const cutoff = cutoffDate(now, windows[table]);
      applied[table] = cutoff;
      const dateColumn = table === 'etl_job_status' ? 'started_at::date' : 'partition_date';
      const { rows } = await client.query<{ d: string; n: string }>(
        `SELECT ${dateColumn}::text AS d, count(*) AS n FROM ${table} WHERE ${dateColumn} < $1::date GROUP BY 1 ORDER BY 1`,
        [cutoff],
      );
      items.push({ table, cutoff, partitions: rows.map((r) => ({ partition_date: r.d, rows: Number(r.n) })), files: [] });
      if (options.apply && rows.length > 0) await client.query(`DELETE FROM ${table} WHERE ${dateColumn} < $1::date`, [cutoff]);
    }
    // Recorded beside the tables, so `transform --adapter postgres` does not copy the deleted rows back.
    if (options.apply) await recordPostgresWatermarks(client, applied);
    await client.query(options.apply ? 'COMMIT' : 'ROLLBACK');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
  return items;
}

/** A readable listing, one line per table and partition. */
export function formatRetention(items: readonly RetentionItem[], applied: boolean): string {
  const verb = applied ? 'deleted' : 'would delete';
  const lines: string[] = [];
  for (const item of items) {
    const total = item.partitions.reduce((s, p) => s + p.rows, 0);
    lines.push(`${item.table}: keeps ${item.cutoff} on; ${verb} ${total} row(s) in ${item.partitions.length} partition(s)${item.files.length ? ` (${item.files.length} file(s))` : ''}`);
    for (const p of item.partitions) lines.push(`  ${p.partition_date}: ${p.rows} row(s)`);
    for (const f of item.files) lines.push(`  file ${f}`);
  }
  if (!applied) lines.push('dry run: nothing was deleted; add --apply to delete');
  return `${lines.join('\n')}\n`;
}
