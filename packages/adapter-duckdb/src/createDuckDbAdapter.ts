import { answerInScope, queryNames, type AuditEntry, type BackendAdapter } from '@learnlens/data-client';
import { insertAudit, readAudit } from './audit.js';
import { openDatabase } from './database.js';
import type { DatasetFormat } from './load.js';
import { resolveScope } from './scope.js';
import { execOn, type Db } from './sql/exec.js';
import { runQuery } from './sql/index.js';

/** Options of `createDuckDbAdapter`. */
export interface DuckDbAdapterOptions {
  /** The directory `learnlens dataset` wrote: one DIR/<table>.parquet or .csv per table. */
  dir: string;
  /** Which files to read. */
  format: DatasetFormat;
  /** A DuckDB database file for the audit log so it survives restarts; default: an in-memory table. */
  auditDatabase?: string;
  /** DuckDB worker threads (default: DuckDB's, one per core). */
  threads?: number;
  /** DuckDB memory limit, e.g. "2GB" (default: DuckDB's, 80% of RAM). */
  memoryLimit?: string;
}

/** A DuckDB-backed adapter; `close` releases the database. */
export interface DuckDbAdapter extends BackendAdapter {
  /** The audit entries written so far, oldest first; only one org's with `orgId`. */
  auditLog(filter?: { orgId?: string }): Promise<AuditEntry[]>;
  /** Closes the database; later calls fail. */
  close(): void;
}

/**
 * Loads a dataset directory into an in-memory DuckDB and answers every catalog query with one aggregate SQL
 * statement, filtered by the viewer's org and scope. No file outside the dataset (and audit file) can be read.
 */
export async function createDuckDbAdapter(options: DuckDbAdapterOptions): Promise<DuckDbAdapter> {
  const { instance, auditTable, span } = await openDatabase(options);

  // One connection per call: statements run concurrently and an abort interrupts only its own.
  async function withDb<T>(signal: AbortSignal | undefined, fn: (db: Db) => Promise<T>): Promise<T> {
    signal?.throwIfAborted();
    const connection = await instance.connect();
    try {
      return await fn({ exec: execOn(connection, signal), span });
    } finally {
      connection.closeSync();
    }
  }

  return {
    name: 'duckdb',
    supportedQueries: queryNames,
    // The scope is resolved and used on one connection within one call: no other scope can take its place.
    run: (request, signal) =>
      withDb(signal, (db) =>
        answerInScope(
          request,
          (scopeRequest) => resolveScope(db.exec, scopeRequest),
          (scoped) => runQuery(scoped, db),
        ),
      ),
    writeAudit: (entry, signal) => withDb(signal, (db) => insertAudit(db.exec, auditTable, entry)),
    auditLog: (filter) => withDb(undefined, (db) => readAudit(db.exec, auditTable, filter?.orgId)),
    close: () => instance.closeSync(),
  };
}

