import { DuckDBInstance } from '@duckdb/node-api';
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
)`;

/**
 * Creates an in-memory DuckDB, loads the dataset's files into it, creates the audit table, then switches off every
 * file and network access (reading, writing, ATTACH, extensions) and locks the configuration so it cannot be
 * switched back on: from then on statements can only read the loaded tables.
 */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
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
