import type { QueryName, QueryParams } from './catalog/index.js';
import type { AuditEntry } from './domain.js';
import type { ResolvedScope, Viewer } from './viewer.js';

/** What the client hands an adapter: a validated query and who asks. No scope: the adapter resolves it itself. */
export type QueryRequest = {
  [N in QueryName]: { name: N; params: QueryParams<N>; viewer: Viewer };
}[QueryName];

/** The request for one query name, for adapters that dispatch per query. */
export type QueryRequestFor<N extends QueryName> = Extract<QueryRequest, { name: N }>;

/**
 * A query together with the scope its adapter resolved for it, inside the same `run` call: what an adapter's query
 * implementations read (every row filtered by `scope.orgId` and the scope's users). It never crosses the contract.
 */
export type AdapterRequest = {
  [N in QueryName]: { name: N; params: QueryParams<N>; scope: ResolvedScope };
}[QueryName];

/** The scoped request for one query name. */
export type AdapterRequestFor<N extends QueryName> = Extract<AdapterRequest, { name: N }>;

/** What `run` answers: the result, and the scope it was computed under (checked again by the client). */
export interface AdapterAnswer {
  /** The scope the adapter resolved from its own tables and answered under. */
  scope: ResolvedScope;
  /** The raw result; the client validates it against the query's result schema. */
  result: unknown;
}

/**
 * Hints the client may pass to `run` beside the request; an adapter is free to ignore every one of them.
 */
export interface RunHints {
  /**
   * `exportRows` only, from an export (which checks the answer itself): the adapter may answer
   * `{ total, columnar: ColumnarRows }` (export/columnarRows.ts) instead of `{ total, rows }` — the same rows as typed
   * columns, which the export checks and encodes without a row object per row. Never set for `client.query`.
   */
  columnar?: boolean;
}

/**
 * A backend. Implementations live in their own packages (`createMockAdapter`, `createPostgresAdapter`, …);
 * the client validates parameters before `run` and results after it.
 *
 * The scope is resolved once per query, inside `run`, from the backend's own tables: no scope is ever handed to an
 * adapter, so none can be forged or swapped between the check and the use. `answerInScope` does the common part.
 */
export interface BackendAdapter {
  /** A short name used in error messages, e.g. "mock" or "postgres". */
  readonly name: string;
  /** The catalog queries this adapter answers; others fail with UnsupportedQueryError before reaching it. */
  readonly supportedQueries: readonly QueryName[];
  /**
   * Resolves what `request.viewer` may see (their teams and users, from the backend's own tables), refuses with a
   * ScopeError anything the request names outside it — before reading any fact — and answers the query under that
   * same scope. Resolves with the result and the scope used. `hints` (optional) say what else the caller accepts.
   */
  run(request: QueryRequest, signal?: AbortSignal, hints?: RunHints): Promise<AdapterAnswer>;
  /** Durably records an audit entry; an export proceeds only after this resolves. */
  writeAudit(entry: AuditEntry, signal?: AbortSignal): Promise<void>;
}
