import { catalog, queryNames, ScopeError, type AdapterRequest, type AuditEntry, type BackendAdapter } from '@learnlens/data-client';
import { insertAudit, readAudit } from './audit.js';
import { IssuedScopes } from './issuedScopes.js';
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
  const issued = new IssuedScopes();

  return {
    name: ADAPTER_NAME,
    supportedQueries: queryNames,
    connection,
    tables,
    resolveScope: async (request, signal) => {
      const scope = await resolveScope((sql) => connection.select(sql, signal), tables, request);
      issued.issue(scope, request.userIds, request.teamId);
      return scope;
    },
    run: (request, signal) => runScoped(dbFor(signal), issued, request),
    writeAudit: (entry, signal) => insertAudit(connection, tables.audit_log, entry, signal),
    auditLog: (filter, signal) => readAudit(connection, tables.audit_log, filter?.orgId, signal),
  };
}

/**
 * Runs a request under a scope this adapter resolved from the database a moment ago (or resolves it again when the
 * request carries any other scope), and refuses what that scope does not allow, so a hand-made request passed
 * straight to `run` cannot widen what is read (the client checked the same a moment ago).
 */
async function runScoped(db: Db, issued: IssuedScopes, request: AdapterRequest): Promise<unknown> {
  const { params } = request;
  const viewer = request.scope.viewer;
  if (params.orgId !== undefined && params.orgId !== viewer.orgId) {
    throw new ScopeError(`The viewer's active org is "${viewer.orgId}"; data of org "${params.orgId}" is out of scope`);
  }
  const requested = [...(params.userIds ?? [])];
  if ('userId' in params && typeof params.userId === 'string') requested.push(params.userId);
  const scope = issued.has(request.scope, requested, params.teamId)
    ? request.scope
    : await resolveScope(db.select, db.tables, { viewer, userIds: requested, teamId: params.teamId });
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
