import {
  AdapterError,
  answerInScope,
  auditEntrySchema,
  queryNames,
  UnsupportedQueryError,
  type AdapterAnswer,
  type AuditEntry,
  type BackendAdapter,
  type QueryName,
  type QueryRequest,
  type Viewer,
} from '@learnlens/data-client';
import pg from 'pg';
import { ADAPTER_NAME } from './errors.js';
import { quoteIdent } from './identifiers.js';
import { defineMapping, type Mapping } from './mapping/defineMapping.js';
import type { MappingSpec } from './mapping/spec.js';
import { canonicalMapping } from './presets/canonical.js';
import { resolveScope } from './scope.js';
import { withSession, type SessionConfig } from './session.js';
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

  // The scope is resolved from the host's tables and used by the query in the same transaction, so no other scope can
  // take its place in between.
  async function run(request: QueryRequest, signal?: AbortSignal): Promise<AdapterAnswer> {
    if (!supportedQueries.includes(request.name)) throw new UnsupportedQueryError(request.name, ADAPTER_NAME);
    return withSession(session, request.viewer, { write: false, what: request.name, signal }, (exec) =>
      answerInScope(
        request,
        (scopeRequest) => resolveScope(exec, mapping, scopeRequest),
        (scoped) => runQuery(scoped, { exec, mapping }),
      ),
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
    run,
    writeAudit,
    close: async () => {
      if (owned) await pool.end();
    },
  };
}

