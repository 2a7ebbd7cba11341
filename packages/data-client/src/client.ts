import type { AdapterRequest, BackendAdapter } from './adapter.js';
import {
  catalog,
  isQueryName,
  queryNames,
  type QueryName,
  type QueryParams,
  type QueryParamsInput,
  type QueryResult,
} from './catalog/index.js';
import {
  AdapterError,
  LearnlensError,
  ResultValidationError,
  ScopeError,
  UnknownQueryError,
  UnsupportedQueryError,
  ValidationError,
} from './errors.js';
import { runExport, type ExportRequest, type ExportResult } from './export/runExport.js';
import { pseudonymFor, type PrivacyPolicy } from './privacy.js';
import { parseViewer, resolvedScopeSchema, type ResolvedScope, type Viewer } from './viewer.js';
import { toIssues } from './zodIssues.js';

/** Options of `createClient`. */
export interface ClientOptions {
  /** The backend that answers queries. */
  adapter: BackendAdapter;
  /** How peers are shown to learners. */
  privacy?: PrivacyPolicy;
}

/** Per-call options of `client.query`. */
export interface QueryCallOptions {
  /** Who the query runs for. */
  viewer: Viewer;
  /** Cancels the request (TanStack Query passes one per fetch). */
  signal?: AbortSignal;
}

/** The headless Learnlens client. */
export interface LearnlensClient {
  /** The adapter this client queries. */
  readonly adapter: BackendAdapter;
  /** Validates, scope-checks and runs a catalog query; resolves with the validated, typed result. */
  query<N extends QueryName>(name: N, params: QueryParamsInput<N>, options: QueryCallOptions): Promise<QueryResult<N>>;
  /** Runs an export: the audit entry is written before any byte is produced; CSV is capped at 10,000 rows. */
  export(request: ExportRequest): Promise<ExportResult>;
  /** Validates parameters without running anything; throws ValidationError. */
  parseParams<N extends QueryName>(name: N, params: unknown): QueryParams<N>;
}

function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw signal.reason ?? new Error('The query was aborted');
}

// Anything an adapter throws that is not already ours becomes an AdapterError,
// so callers can always switch on `code`.
function wrapAdapterError(adapter: string, error: unknown, signal: AbortSignal | undefined): unknown {
  if (signal?.aborted) return signal.reason ?? error;
  if (error instanceof LearnlensError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new AdapterError(adapter, `Adapter "${adapter}" failed: ${message}`, { transient: false, cause: error });
}

/** Creates a client over one adapter. */
export function createClient(options: ClientOptions): LearnlensClient {
  const { adapter } = options;
  const privacy = options.privacy ?? {};

  function parseParams<N extends QueryName>(name: N, params: unknown): QueryParams<N> {
    const definition = catalog[name];
    const parsed = definition.params.safeParse(params ?? {});
    if (!parsed.success) {
      const issues = toIssues(parsed.error);
      throw new ValidationError(
        'INVALID_PARAMS',
        `Invalid parameters for "${name}": ${issues.map((i) => `${i.path || '(root)'} ${i.message}`).join('; ')}`,
        issues,
      );
    }
    return parsed.data as QueryParams<N>;
  }

  async function query<N extends QueryName>(
    name: N,
    rawParams: QueryParamsInput<N>,
    { viewer: rawViewer, signal }: QueryCallOptions,
  ): Promise<QueryResult<N>> {
    if (!isQueryName(name)) throw new UnknownQueryError(String(name), queryNames);
    const viewer = parseViewer(rawViewer);
    const params = parseParams(name, rawParams) as QueryParams<QueryName>;
    if (!adapter.supportedQueries.includes(name)) throw new UnsupportedQueryError(name, adapter.name);
    throwIfAborted(signal);

    if (params.orgId !== undefined && params.orgId !== viewer.orgId) {
      throw new ScopeError(`The viewer's active org is "${viewer.orgId}"; data of org "${params.orgId}" is out of scope`);
    }
    if (name === 'personalStats') {
      const p = params as QueryParams<'personalStats'>;
      p.userId ??= viewer.userId;
    }
    // A learner shown pseudonymised peers must not learn their names' order either.
    if (name === 'leaderboard' && isPseudonymising(viewer)) {
      const p = params as QueryParams<'leaderboard'>;
      if (p.sort === 'displayName' || p.sort === '-displayName') p.sort = 'rank';
    }

    const requestedUsers = [...(params.userIds ?? [])];
    if ('userId' in params && typeof params.userId === 'string') requestedUsers.push(params.userId);

    let scope: ResolvedScope;
    try {
      const raw = await adapter.resolveScope({ viewer, userIds: requestedUsers, teamId: params.teamId }, signal);
      scope = resolvedScopeSchema.parse(raw);
    } catch (error) {
      throw wrapAdapterError(adapter.name, error, signal);
    }
    checkScope(name, viewer, params, requestedUsers, scope);
    throwIfAborted(signal);

    let raw: unknown;
    try {
      raw = await adapter.run({ name, params, scope } as AdapterRequest, signal);
    } catch (error) {
      throw wrapAdapterError(adapter.name, error, signal);
    }
    throwIfAborted(signal);

    const parsed = catalog[name].result.safeParse(raw);
    if (!parsed.success) throw new ResultValidationError(name, adapter.name, toIssues(parsed.error));
    const result = parsed.data as QueryResult<N>;
    if (name === 'leaderboard' && isPseudonymising(viewer)) {
      return pseudonymiseLeaderboard(result as QueryResult<'leaderboard'>, viewer, privacy.pseudonymSalt) as QueryResult<N>;
    }
    return result;
  }

  function isPseudonymising(viewer: Viewer): boolean {
    return viewer.role === 'learner' && !privacy.showPeerNames;
  }

  const client: LearnlensClient = {
    adapter,
    query,
    parseParams,
    export: (request) => runExport(client, request),
  };
  return client;
}

function checkScope(
  name: QueryName,
  viewer: Viewer,
  params: QueryParams<QueryName>,
  requestedUsers: readonly string[],
  scope: ResolvedScope,
): void {
  if (scope.orgId !== viewer.orgId || scope.viewer.userId !== viewer.userId || scope.viewer.role !== viewer.role) {
    throw new ScopeError(`The backend resolved a scope for a different viewer than "${viewer.userId}" in "${viewer.orgId}"`);
  }
  if (scope.foreignUserIds.length > 0) {
    throw new ScopeError(
      `User(s) ${scope.foreignUserIds.map((u) => `"${u}"`).join(', ')} are not members of org "${viewer.orgId}"`,
    );
  }
  if (params.teamId !== undefined && !scope.teamIds.includes(params.teamId)) {
    throw new ScopeError(
      viewer.role === 'admin'
        ? `Team "${params.teamId}" is not a team of org "${viewer.orgId}"`
        : `A ${viewer.role} may only filter by their own team(s); "${params.teamId}" is not one of them`,
    );
  }
  const visible = catalog[name].showsPeers ? scope.peerUserIds : scope.userIds;
  if (visible === null) return;
  const allowed = new Set(visible);
  const outside = requestedUsers.filter((u) => !allowed.has(u));
  if (outside.length > 0) {
    throw new ScopeError(
      viewer.role === 'learner'
        ? `A learner may only read their own data; "${outside[0]}" is another learner`
        : `Learner(s) ${outside.map((u) => `"${u}"`).join(', ')} are not in the teams managed by "${viewer.userId}"`,
    );
  }
}

function pseudonymiseLeaderboard(
  result: QueryResult<'leaderboard'>,
  viewer: Viewer,
  salt: string | undefined,
): QueryResult<'leaderboard'> {
  return {
    ...result,
    rows: result.rows.map((row) =>
      row.userId === viewer.userId ? row : { ...row, ...pseudonymFor(viewer.orgId, row.userId, salt) },
    ),
  };
}
