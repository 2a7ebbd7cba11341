import type { QueryName, QueryParams } from './catalog/index.js';
import type { AuditEntry } from './domain.js';
import type { ResolvedScope, ScopeRequest } from './viewer.js';

/** What an adapter is asked to answer: a validated query and the viewer's resolved scope. */
export type AdapterRequest = {
  [N in QueryName]: { name: N; params: QueryParams<N>; scope: ResolvedScope };
}[QueryName];

/** The request for one query name, for adapters that dispatch per query. */
export type AdapterRequestFor<N extends QueryName> = Extract<AdapterRequest, { name: N }>;

/**
 * A backend. Implementations live in their own packages (`createMockAdapter`, `createPostgresAdapter`, …);
 * the client validates parameters before `run` and results after it, so an adapter only computes.
 */
export interface BackendAdapter {
  /** A short name used in error messages, e.g. "mock" or "postgres". */
  readonly name: string;
  /** The catalog queries this adapter answers; others fail with UnsupportedQueryError before reaching it. */
  readonly supportedQueries: readonly QueryName[];
  /**
   * Resolves what the viewer may see from the backend's own tables: their teams, the users in scope, and
   * which of the requested user ids are not members of the viewer's org. Throws ScopeError when the viewer
   * is not a member of their org with that role.
   */
  resolveScope(request: ScopeRequest, signal?: AbortSignal): Promise<ResolvedScope>;
  /** Answers one query. Every row it reads must be filtered by `scope.orgId` and the scope's users. */
  run(request: AdapterRequest, signal?: AbortSignal): Promise<unknown>;
  /** Durably records an audit entry; an export proceeds only after this resolves. */
  writeAudit(entry: AuditEntry, signal?: AbortSignal): Promise<void>;
}
