import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { AdapterError, LearnlensError } from '@learnlens/data-client';
import { createAuditTable, type AuditTable } from './audit.js';
import { loadTables, type DatasetFormat } from './load.js';
import type { TimeSpan } from './sql/zone.js';

/** What `openDatabase` needs: the dataset files and DuckDB's resources. */
export interface DatabaseOptions {
  dir: string;
  format: DatasetFormat;
  auditDatabase?: string;
  threads?: number;
  memoryLimit?: string;
}

/** An in-memory DuckDB holding a loaded dataset, with file access switched off. */
export interface Database {
  instance: DuckDBInstance;
  auditTable: AuditTable;
  /** The instants the loaded fact tables span (what local-time conversions must cover). */
  span: TimeSpan;
}

// Every column a query converts to local time.
const SPAN_SQL = `SELECT CAST(min(lo) AS DOUBLE) AS lo, CAST(max(hi) AS DOUBLE) AS hi FROM (
  SELECT epoch_ms(min(started_at)) AS lo, epoch_ms(max(started_at)) AS hi FROM attempts
  UNION ALL SELECT epoch_ms(min(occurred_at)), epoch_ms(max(occurred_at)) FROM events
  UNION ALL SELECT epoch_ms(min(session_start)), epoch_ms(max(session_start)) FROM sessions
  UNION ALL SELECT epoch_ms(min(occurred_at)), epoch_ms(max(occurred_at)) FROM mastery_deltas
  UNION ALL SELECT epoch_ms(min(created_at)), epoch_ms(max(created_at)) FROM question_flags
  UNION ALL SELECT epoch_ms(min(actual_start)), epoch_ms(max(actual_start)) FROM tutoring_sessions
  UNION ALL SELECT epoch_ms(min(last_reviewed_at)), epoch_ms(max(next_review_at)) FROM spaced_repetition
)`;

/**
 * Creates an in-memory DuckDB, loads the dataset's files into it, creates the audit table, then switches off every
 * file and network access (reading, writing, ATTACH, extensions) and locks the configuration so it cannot be
 * switched back on: from then on statements can only read the loaded tables. A missing directory or table file, an
 * unreadable or corrupt file and an audit database that cannot be opened reject with a non-transient AdapterError.
 */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  const dir = resolve(options.dir);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new AdapterError(ADAPTER_NAME, `The dataset directory "${dir}" does not exist`, { transient: false });
  }
  try {
    return await open(options);
  } catch (error) {
    if (error instanceof LearnlensError) throw error;
    // A missing or unreadable file, a corrupt Parquet file, an audit database that cannot be created: retrying the
    // same files will not help, so the error is not transient.
    const message = error instanceof Error ? error.message : String(error);
    throw new AdapterError(ADAPTER_NAME, `DuckDB could not load the dataset in "${dir}": ${message}`, { transient: false, cause: error });
  }
}

// The name the adapter reports (createDuckDbAdapter's `name`).
const ADAPTER_NAME = 'duckdb';

async function open(options: DatabaseOptions): Promise<Database> {
  const config: Record<string, string> = { autoinstall_known_extensions: 'false', autoload_known_extensions: 'false' };
  if (options.threads !== undefined) config.threads = String(options.threads);
  if (options.memoryLimit !== undefined) config.memory_limit = options.memoryLimit;
  const instance = await DuckDBInstance.create(':memory:', config);
  const setup = await instance.connect();
  try {
    // Calendar arithmetic names its zone explicitly; the session zone must not leak into casts.
    await setup.run(`SET GLOBAL TimeZone = 'UTC'`);
    await loadTables(setup, options.dir, options.format);
    const auditTable = await createAuditTable(setup, options.auditDatabase);
    const bounds = (await setup.runAndReadAll(SPAN_SQL)).getRowObjectsJS()[0]!;
    const span = { fromMs: Number(bounds.lo ?? 0), toMs: Number(bounds.hi ?? 0) };
    await setup.run('SET GLOBAL enable_external_access = false');
    await setup.run('SET GLOBAL lock_configuration = true');
    setup.closeSync();
    return { instance, auditTable, span };
  } catch (error) {
    setup.closeSync();
    instance.closeSync();
    throw error;
  }
}
