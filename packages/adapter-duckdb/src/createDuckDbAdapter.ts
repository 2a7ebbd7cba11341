import { catalog, queryNames, ScopeError, type AdapterRequest, type AuditEntry, type BackendAdapter } from '@learnlens/data-client';
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
    resolveScope: (request, signal) => withDb(signal, (db) => resolveScope(db.exec, request)),
    run: (request, signal) => withDb(signal, (db) => runScoped(db, request)),
    writeAudit: (entry, signal) => withDb(signal, (db) => insertAudit(db.exec, auditTable, entry)),
    auditLog: (filter) => withDb(undefined, (db) => readAudit(db.exec, auditTable, filter?.orgId)),
    close: () => instance.closeSync(),
  };
}

/**
 * Runs a request under a scope resolved again from the backend's own tables, and refuses what that scope does not
 * allow, so a hand-made request passed straight to `run` cannot widen what is read (the client checked the same a
 * moment ago).
 */
async function runScoped(db: Db, request: AdapterRequest): Promise<unknown> {
  const { params } = request;
  const viewer = request.scope.viewer;
  if (params.orgId !== undefined && params.orgId !== viewer.orgId) {
    throw new ScopeError(`The viewer's active org is "${viewer.orgId}"; data of org "${params.orgId}" is out of scope`);
  }
  const requested = [...(params.userIds ?? [])];
  if ('userId' in params && typeof params.userId === 'string') requested.push(params.userId);
  const scope = await resolveScope(db.exec, { viewer, userIds: requested, teamId: params.teamId });
  if (scope.foreignUserIds.length > 0) {
    throw new ScopeError(`User(s) ${scope.foreignUserIds.map((u) => `"${u}"`).join(', ')} are not members of org "${viewer.orgId}"`);
  }
  if (params.teamId !== undefined && !scope.teamIds.includes(params.teamId)) {
    throw new ScopeError(`Team "${params.teamId}" is outside the scope of viewer "${viewer.userId}"`);
  }
  const visible = catalog[request.name].showsPeers ? scope.peerUserIds : scope.userIds;
  const outside = visible === null ? [] : requested.filter((u) => !visible.includes(u));
  if (outside.length > 0) throw new ScopeError(`User "${outside[0]}" is outside the scope of viewer "${viewer.userId}"`);
  return runQuery({ ...request, scope } as AdapterRequest, db);
}
