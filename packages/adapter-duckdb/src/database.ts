import { DuckDBInstance } from '@duckdb/node-api';
import { createAuditTable, type AuditTable } from './audit.js';
import { loadTables, type DatasetFormat } from './load.js';

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
}

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
    await setup.run('SET GLOBAL enable_external_access = false');
    await setup.run('SET GLOBAL lock_configuration = true');
    setup.closeSync();
    return { instance, auditTable };
  } catch (error) {
    setup.closeSync();
    instance.closeSync();
    throw error;
  }
}
