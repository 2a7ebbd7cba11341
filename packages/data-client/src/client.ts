import type { AdapterAnswer, BackendAdapter, QueryRequest } from './adapter.js';
import { assertScopeCovers, checkRequestRules } from './answerInScope.js';
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
  UnknownQueryError,
  UnsupportedQueryError,
  ValidationError,
  type ValidationIssue,
} from './errors.js';
import { runExport, type ExportRequest, type ExportResult } from './export/runExport.js';
import {
  checkPrivacyPolicy,
  DEFAULT_SMALL_GROUP_THRESHOLD,
  learnerLeaderboard,
  runtimeDefaultSecret,
  type PrivacyPolicy,
} from './privacy.js';
import { parseViewer, resolvedScopeSchema, type Viewer } from './viewer.js';
import { toIssues } from './zodIssues.js';

/** Options of `createClient`. */
export interface ClientOptions {
  /** The backend that answers queries. */
  adapter: BackendAdapter;
  /** How peers are shown to learners: pseudonym secret and version, small-group threshold. */
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

// Issues of the answer's scope, named as paths of the answer.
function underScope(issue: ValidationIssue): ValidationIssue {
  return { ...issue, path: issue.path ? `scope.${issue.path}` : 'scope' };
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
  checkPrivacyPolicy(privacy);
  const peerPolicy = {
    showPeerNames: privacy.showPeerNames === true,
    // Drawn only when a pseudonym is first needed, so a client that never pseudonymises needs no random source.
    get secret(): string {
      return privacy.pseudonymSalt ?? runtimeDefaultSecret();
    },
    keyId: privacy.pseudonymKeyId ?? '1',
    k: privacy.smallGroupThreshold ?? DEFAULT_SMALL_GROUP_THRESHOLD,
  };

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

    if (name === 'personalStats') {
      const p = params as QueryParams<'personalStats'>;
      p.userId ??= viewer.userId;
    }
    // A learner shown pseudonymised peers must not learn their names' order either.
    if (name === 'leaderboard' && isPseudonymising(viewer)) {
      const p = params as QueryParams<'leaderboard'>;
      if (p.sort === 'displayName' || p.sort === '-displayName') p.sort = 'rank';
    }
    // Refused here, before the adapter is asked: another org, and a learner naming anyone but themselves.
    checkRequestRules(viewer, params);

    let answer: AdapterAnswer;
    try {
      answer = await adapter.run({ name, params, viewer } as QueryRequest, signal);
    } catch (error) {
      throw wrapAdapterError(adapter.name, error, signal);
    }
    throwIfAborted(signal);

    // Defence in depth: the answer counts only if the adapter says it was computed under a scope for this viewer that
    // covers everything the request named.
    const scope = resolvedScopeSchema.safeParse((answer as Partial<AdapterAnswer> | null)?.scope);
    if (!scope.success) throw new ResultValidationError(name, adapter.name, toIssues(scope.error).map(underScope));
    assertScopeCovers(viewer, params, scope.data);

    const parsed = catalog[name].result.safeParse(answer.result);
    if (!parsed.success) throw new ResultValidationError(name, adapter.name, toIssues(parsed.error));
    const result = parsed.data as QueryResult<N>;
    if (name === 'leaderboard' && viewer.role === 'learner') {
      return (await learnerLeaderboard(result as QueryResult<'leaderboard'>, viewer, peerPolicy)) as QueryResult<N>;
    }
    return result;
  }

  function isPseudonymising(viewer: Viewer): boolean {
    return viewer.role === 'learner' && !peerPolicy.showPeerNames;
  }

  const client: LearnlensClient = {
    adapter,
    query,
    parseParams,
    export: (request) => runExport(client, request),
  };
  return client;
}

