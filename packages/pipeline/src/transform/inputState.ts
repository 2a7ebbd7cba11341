import { statSync } from 'node:fs';
import type { DuckDBConnection } from '@duckdb/node-api';
import { sqlString } from './sqlText.js';

/** One raw event file as the file system describes it: any rewrite, touch, replacement or move changes one of these. */
export interface InputFileStamp {
  path: string;
  size: bigint;
  mtimeNs: bigint;
  ctimeNs: bigint;
  ino: bigint;
}

/** What the last full read of the inputs found, kept so a run over the same files need not read them again. */
export interface InputSummary {
  events: number;
  unreadable: number;
}

/** The stamps of `paths`, in path order. */
export function stampFiles(paths: readonly string[]): InputFileStamp[] {
  return [...paths].sort().map((path) => {
    const s = statSync(path, { bigint: true });
    return { path, size: s.size, mtimeNs: s.mtimeNs, ctimeNs: s.ctimeNs, ino: s.ino };
  });
}

/** Creates the state tables of the inputs (idempotent). */
export async function createInputStateTables(db: DuckDBConnection): Promise<void> {
  await db.run(`CREATE TABLE IF NOT EXISTS _input_files (path VARCHAR, size HUGEINT, mtime_ns HUGEINT, ctime_ns HUGEINT, ino HUGEINT)`);
  await db.run(`CREATE TABLE IF NOT EXISTS _input_summary (events BIGINT, unreadable BIGINT)`);
  // The raw side of the validation queries, summarised when the events were read: events per day, and each session's
  // first and last event. What `validate` compares with the tables when the files were not read again.
  await db.run(`CREATE TABLE IF NOT EXISTS _raw_days (event_date DATE, raw_count BIGINT)`);
  await db.run(`CREATE TABLE IF NOT EXISTS _raw_sessions (session_id VARCHAR, first_ts TIMESTAMP, last_ts TIMESTAMP)`);
}

/**
 * The summary of the last full read when the files are exactly those it read, unchanged (same paths, sizes,
 * modification and change times, inodes), else undefined. This is make's rule, tightened with the change time and
 * inode, which no ordinary write can keep: a file rewritten in place, replaced or touched is read again.
 */
export async function unchangedInputs(db: DuckDBConnection, stamps: readonly InputFileStamp[]): Promise<InputSummary | undefined> {
  const summary = (await db.runAndReadAll(`SELECT events, unreadable FROM _input_summary`)).getRowObjectsJS();
  if (summary.length !== 1) return undefined;
  const stored = (await db.runAndReadAll(`SELECT path, CAST(size AS VARCHAR) AS size, CAST(mtime_ns AS VARCHAR) AS m, CAST(ctime_ns AS VARCHAR) AS c, CAST(ino AS VARCHAR) AS i FROM _input_files ORDER BY path`)).getRowObjectsJS();
  if (stored.length !== stamps.length) return undefined;
  const same = stamps.every((s, k) => {
    const r = stored[k]!;
    return r.path === s.path && r.size === String(s.size) && r.m === String(s.mtimeNs) && r.c === String(s.ctimeNs) && r.i === String(s.ino);
  });
  return same ? { events: Number(summary[0]!.events), unreadable: Number(summary[0]!.unreadable) } : undefined;
}

/**
 * Records what this full read saw: the files' stamps, the counts, and the validation's raw-side summary over `ev`.
 * `stamps` must be taken before the files were read, so a file written during the read is read again next time.
 */
export async function rememberInputs(db: DuckDBConnection, stamps: readonly InputFileStamp[], summary: InputSummary, options: { sessionsComplete?: boolean } = {}): Promise<void> {
  await db.run(`DELETE FROM _input_files`);
  await db.run(`DELETE FROM _input_summary`);
  if (stamps.length > 0) {
    const rows = stamps.map((s) => `(${sqlString(s.path)}, ${s.size}, ${s.mtimeNs}, ${s.ctimeNs}, ${s.ino})`);
    await db.run(`INSERT INTO _input_files VALUES ${rows.join(', ')}`);
  }
  await db.run(`INSERT INTO _input_summary VALUES (${summary.events}, ${summary.unreadable})`);
  await db.run(`DELETE FROM _raw_days`);
  await db.run(`INSERT INTO _raw_days SELECT CAST(ts AS DATE), count(*) FROM ev GROUP BY 1`);
  await db.run(`DELETE FROM _raw_sessions`);
  // When `session_metrics` was just built from every loaded event and holds nothing else (a first run), its start and
  // end are each session's first and last event: copied, not grouped from the events again.
  await db.run(
    options.sessionsComplete
      ? `INSERT INTO _raw_sessions SELECT session_id, session_start, session_end FROM session_metrics`
      : `INSERT INTO _raw_sessions SELECT session_id, min(ts), max(ts) FROM ev GROUP BY session_id`,
  );
}

/** Forgets the recorded inputs, so the next run reads every file (after anything that changes the tables behind its back). */
export async function forgetInputs(db: DuckDBConnection): Promise<void> {
  await createInputStateTables(db);
  await db.run(`DELETE FROM _input_files`);
  await db.run(`DELETE FROM _input_summary`);
}
