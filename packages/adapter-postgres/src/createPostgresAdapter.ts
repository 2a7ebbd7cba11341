import {
  AdapterError,
  auditEntrySchema,
  catalog,
  queryNames,
  ScopeError,
  UnsupportedQueryError,
  type AdapterRequest,
  type AuditEntry,
  type BackendAdapter,
  type QueryName,
  type Viewer,
} from '@learnlens/data-client';
import pg from 'pg';
import { ADAPTER_NAME } from './errors.js';
import { quoteIdent } from './identifiers.js';
import { defineMapping, type Mapping } from './mapping/defineMapping.js';
import type { MappingSpec } from './mapping/spec.js';
import { canonicalMapping } from './presets/canonical.js';
import { resolveScope } from './scope.js';
import { ScopeCache } from './scopeCache.js';
import { withSession, type SessionConfig } from './session.js';
import type { Exec } from './sql/exec.js';
import { runQuery, tablesNeeded } from './sql/index.js';

/** Options of `createPostgresAdapter`: a pool or a connection string, a mapping, and Supabase-style claims. */
export interface PostgresAdapterOptions {
  /** A pg Pool the host owns (the adapter never ends it). */
  pool?: pg.Pool;
  /** Or a connection string: the adapter then owns a pool of its own, ended by `close()`. */
  connectionString?: string;
  /** How the host's tables map onto the canonical model (default: `canonicalMapping`). */
  mapping?: Mapping | MappingSpec;
  /**
   * Claims for each viewer, set per transaction as `request.jwt.claims` (as Supabase's API does), so the host's
   * row-level security policies apply to every statement; undefined for a viewer sets none.
   */
  claims?: (viewer: Viewer) => object | undefined;
  /** A role to switch to inside each transaction, e.g. Supabase's "authenticated" (needed when connecting as an owner). */
  role?: string;
  /** Per-statement time limit in milliseconds; a statement over it fails with a transient AdapterError. */
  statementTimeoutMs?: number;
}

/** The PostgreSQL adapter; `close` ends the pool it created (a host's own pool is left alone). */
export interface PostgresAdapter extends BackendAdapter {
  /** The checked mapping the adapter reads through. */
  readonly mapping: Mapping;
  /** Ends the adapter's own pool, if it created one. */
  close(): Promise<void>;
}

/** The catalog queries a mapping can answer: those whose fact tables it maps. */
export function supportedQueriesOf(mapping: Mapping): QueryName[] {
  return queryNames.filter((name) => tablesNeeded[name].every((t) => mapping.mapped.has(t)));
}

function checkOptions(options: PostgresAdapterOptions): void {
  if ((options.pool === undefined) === (options.connectionString === undefined)) {
    throw new TypeError('createPostgresAdapter needs exactly one of `pool` or `connectionString`');
  }
  if (options.role !== undefined) quoteIdent(options.role, 'role');
  const t = options.statementTimeoutMs;
  if (t !== undefined && !(Number.isFinite(t) && t > 0)) throw new TypeError('statementTimeoutMs must be a positive number');
  if (options.claims !== undefined && typeof options.claims !== 'function') throw new TypeError('claims must be a function');
}

/**
 * An adapter over PostgreSQL (and Supabase): every catalog query is one parameterised aggregate statement over the
 * mapped tables, filtered by the viewer's org and resolved scope; identifiers come only from the checked mapping.
 */
export function createPostgresAdapter(options: PostgresAdapterOptions): PostgresAdapter {
  checkOptions(options);
  const raw = options.mapping ?? canonicalMapping;
  const mapping: Mapping = 'relation' in raw && typeof raw.relation === 'function' ? raw : defineMapping(raw as MappingSpec);
  const owned = options.pool === undefined;
  const pool = options.pool ?? new pg.Pool({ connectionString: options.connectionString });
  // An idle client's error (a server restart) must not crash the host process; the next checkout reconnects.
  if (owned) pool.on('error', () => undefined);
  const session: SessionConfig = {
    pool,
    cancelConfig: owned ? { connectionString: options.connectionString } : pool.options,
    claims: options.claims,
    role: options.role,
    statementTimeoutMs: options.statementTimeoutMs,
  };
  const supportedQueries = supportedQueriesOf(mapping);
  const scopes = new ScopeCache();

  async function run(request: AdapterRequest, signal?: AbortSignal): Promise<unknown> {
    if (!supportedQueries.includes(request.name)) throw new UnsupportedQueryError(request.name, ADAPTER_NAME);
    const viewer = request.scope.viewer;
    return withSession(session, viewer, { write: false, what: request.name, signal }, (exec) =>
      runScoped(exec, mapping, scopes, request),
    );
  }

  async function writeAudit(input: AuditEntry, signal?: AbortSignal): Promise<void> {
    const audit = mapping.audit;
    if (audit === null) {
      throw new AdapterError(ADAPTER_NAME, `The mapping "${mapping.name}" has no audit table, so exports cannot be recorded`, { transient: false });
    }
    const entry = auditEntrySchema.parse(input);
    const viewer: Viewer = { userId: entry.user_id, role: entry.role, orgId: entry.org_id };
    await withSession(session, viewer, { write: true, what: 'writeAudit', signal }, (exec) => exec(audit.sql, audit.values(entry)));
  }

  return {
    name: ADAPTER_NAME,
    supportedQueries,
    mapping,
    resolveScope: async (request, signal) => {
      const scope = await withSession(session, request.viewer, { write: false, what: 'resolveScope', signal }, (exec) =>
        resolveScope(exec, mapping, request),
      );
      scopes.remember(scope, request.userIds, request.teamId);
      return scope;
    },
    run,
    writeAudit,
    close: async () => {
      if (owned) await pool.end();
    },
  };
}

/**
 * Runs a request under a scope this adapter resolved from the backend's own tables a moment ago (or resolves it again,
 * in the same transaction, when the request carries any other scope), and refuses what that scope does not allow, so
 * a hand-made request passed straight to `run` cannot widen what is read.
 */
async function runScoped(exec: Exec, mapping: Mapping, scopes: ScopeCache, request: AdapterRequest): Promise<unknown> {
  const { params } = request;
  const viewer = request.scope.viewer;
  if (params.orgId !== undefined && params.orgId !== viewer.orgId) {
    throw new ScopeError(`The viewer's active org is "${viewer.orgId}"; data of org "${params.orgId}" is out of scope`);
  }
  const requested = [...(params.userIds ?? [])];
  if ('userId' in params && typeof params.userId === 'string') requested.push(params.userId);
  const scope = scopes.vouchesFor(request.scope, requested, params.teamId)
    ? request.scope
    : await resolveScope(exec, mapping, { viewer, userIds: requested, teamId: params.teamId });
  if (scope.foreignUserIds.length > 0) {
    throw new ScopeError(`User(s) ${scope.foreignUserIds.map((u) => `"${u}"`).join(', ')} are not members of org "${viewer.orgId}"`);
  }
  if (params.teamId !== undefined && !scope.teamIds.includes(params.teamId)) {
    throw new ScopeError(`Team "${params.teamId}" is outside the scope of viewer "${viewer.userId}"`);
  }
  const visible = catalog[request.name].showsPeers ? scope.peerUserIds : scope.userIds;
  const outside = visible === null ? [] : requested.filter((u) => !visible.includes(u));
  if (outside.length > 0) throw new ScopeError(`User "${outside[0]}" is outside the scope of viewer "${viewer.userId}"`);
  return runQuery({ ...request, scope } as AdapterRequest, { exec, mapping });
}
