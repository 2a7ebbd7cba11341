import { answerInScope, queryNames, type AuditEntry, type BackendAdapter } from '@learnlens/data-client';
import { insertAudit, readAudit } from './audit.js';
import { connectClickHouse, type ClickHouseConnection } from './connection.js';
import { ADAPTER_NAME } from './errors.js';
import { resolveScope } from './scope.js';
import type { Db } from './sql/context.js';
import { runQuery } from './sql/index.js';
import type { ClickHouseTargetOptions } from './target.js';
import { tableRefs, type TableRefs } from './tables.js';

/** Options of `createClickHouseAdapter`: the HTTP endpoint, credentials, database, table names and limits. */
export type ClickHouseAdapterOptions = ClickHouseTargetOptions;

/** A ClickHouse-backed adapter. */
export interface ClickHouseAdapter extends BackendAdapter {
  /** The HTTP connection statements go through (also what `createCanonicalSchema` and `insertRows` accept). */
  readonly connection: ClickHouseConnection;
  /** The quoted table names statements read. */
  readonly tables: TableRefs;
  /** The audit entries written so far, oldest first; only one org's with `orgId`. */
  auditLog(filter?: { orgId?: string }, signal?: AbortSignal): Promise<AuditEntry[]>;
}

/**
 * An adapter over ClickHouse's HTTP interface (global fetch, no client library). Every catalog query is one
 * aggregate statement filtered by the viewer's org and the scope resolved from the database's own users and teams;
 * values reach SQL only through the literal encoder, identifiers only from the table allow-list.
 */
export function createClickHouseAdapter(options: ClickHouseAdapterOptions): ClickHouseAdapter {
  const connection = connectClickHouse(options);
  const tables = tableRefs(options.tables);
  const dbFor = (signal: AbortSignal | undefined): Db => ({ tables, select: (sql) => connection.select(sql, signal) });

  return {
    name: ADAPTER_NAME,
    supportedQueries: queryNames,
    connection,
    tables,
    // The scope is resolved and used within this one call: no other scope can take its place.
    run: (request, signal) => {
      const db = dbFor(signal);
      return answerInScope(
        request,
        (scopeRequest) => resolveScope(db.select, db.tables, scopeRequest),
        (scoped) => runQuery(scoped, db),
      );
    },
    writeAudit: (entry, signal) => insertAudit(connection, tables.audit_log, entry, signal),
    auditLog: (filter, signal) => readAudit(connection, tables.audit_log, filter?.orgId, signal),
  };
}

