import type { AdapterAnswer, BackendAdapter, QueryRequest, RunHints } from './adapter.js';
import type { QueryDefinitionFor, QueryName, QueryParams, QueryParamsInput, QueryResult } from './catalog/index.js';
import { isQueryName, queryNames } from './catalog/queryNames.js';
import {
  AdapterError,
  LearnlensError,
  ResultValidationError,
  UnknownQueryError,
  UnsupportedQueryError,
  ValidationError,
  type ValidationIssue,
} from './errors.js';
import type { ExportRequest, ExportResult } from './export/runExport.js';
import {
  checkPrivacyPolicy,
  DEFAULT_SMALL_GROUP_THRESHOLD,
  learnerLeaderboard,
  runtimeDefaultSecret,
  type PrivacyPolicy,
} from './privacy.js';
import { assertScopeCovers, checkRequestRules } from './scopeRules.js';
import { parseViewer, resolvedScopeSchema, type Viewer } from './viewer.js';
import { toIssues } from './zodIssues.js';
import { ensureZodMessages } from './zodMessages.js';

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

/**
 * A catalog query: its name, or its definition (`import { leaderboard } from '@learnlens/data-client'`). Passing the
 * definition lets a bundle carry that one query's schemas instead of the whole catalog's.
 */
export type QueryRef<N extends QueryName> = N | (QueryDefinitionFor<N> & { readonly name: N });

/** The headless Learnlens client. */
export interface LearnlensClient {
  /** The adapter this client queries. */
  readonly adapter: BackendAdapter;
  /** Validates, scope-checks and runs a catalog query; resolves with the validated, typed result. */
  query<N extends QueryName>(query: QueryRef<N>, params: QueryParamsInput<N>, options: QueryCallOptions): Promise<QueryResult<N>>;
  /** Runs an export: the audit entry is written before any byte is produced; CSV is capped at 10,000 rows. */
  export(request: ExportRequest): Promise<ExportResult>;
  /** Validates parameters without running anything; throws ValidationError. */
  parseParams<N extends QueryName>(query: QueryRef<N>, params: unknown): QueryParams<N>;
}

/** Any catalog definition. */
export type AnyQueryDefinition = QueryDefinitionFor<QueryName>;

/** Where a client finds the definition (schemas, roles, stale time) of the query it is asked for. */
export interface QueryDefinitions {
  /** The definition to use for `query`, when it is at hand synchronously. */
  now(query: QueryRef<QueryName>): AnyQueryDefinition | undefined;
  /** The definition of a catalog name that was not at hand, once loaded (or a rejection saying why it cannot be). */
  load(name: QueryName): Promise<AnyQueryDefinition>;
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

/** What a lean client says of a catalog query it holds no definition for. */
export function notAtHand(name: string): LearnlensError {
  return new LearnlensError(
    'UNKNOWN_QUERY',
    `This client holds no definition of the query "${name}": pass the definition (the "${name}" export of @learnlens/data-client), ` +
      'or create the client with `queries: catalog` (the "catalog" export) to query any name',
  );
}

/** The catalog name a query reference names (anything else as text, for the unknown-name error). */
export function nameOf(query: QueryRef<QueryName>): string {
  const name = typeof query === 'string' ? query : (query as { name?: unknown } | null)?.name;
  return typeof name === 'string' ? name : String(name);
}

/**
 * A query's answer after every check `client.query` makes (parameters, request rules, the answer's scope) except the
 * result's schema: for a caller that validates the result itself, faster, and must (an export checks its pages
 * column by column, `compileColumnCheck`). Errors are the ones `client.query` throws.
 */
export type UnvalidatedAnswer = (query: QueryRef<QueryName>, params: unknown, options: QueryCallOptions, hints?: RunHints) => Promise<unknown>;

const unvalidatedAnswers = new WeakMap<LearnlensClient, UnvalidatedAnswer>();

/** How `client` answers before validating the result; undefined for a client not made by this package. */
export function unvalidatedAnswerOf(client: LearnlensClient): UnvalidatedAnswer | undefined {
  return unvalidatedAnswers.get(client);
}

/**
 * `client.export` run here, over the adapter (audit first). The export code (CSV, the Parquet writer's loader) loads
 * when an export starts, not with every widget.
 */
export async function exportHere(client: LearnlensClient, request: ExportRequest): Promise<ExportResult> {
  return (await import('./export/runExport.js')).runExport(client, request);
}

/**
 * A client that looks query definitions up in `definitions`: what `createClient` (the whole catalog) and
 * `createLeanClient` (definitions handed in per call) share; `runExport` is how `client.export` runs (`exportHere`).
 */
export function clientWithDefinitions(
  options: ClientOptions,
  definitions: QueryDefinitions,
  runExport: (client: LearnlensClient, request: ExportRequest) => Promise<ExportResult>,
): LearnlensClient {
  const { adapter } = options;
  ensureZodMessages();
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

  function definitionNow(query: QueryRef<QueryName>): AnyQueryDefinition {
    const name = nameOf(query);
    if (!isQueryName(name)) throw new UnknownQueryError(name, queryNames);
    const definition = definitions.now(query);
    if (definition) return definition;
    throw notAtHand(name);
  }

  function parseParams<N extends QueryName>(query: QueryRef<N>, params: unknown): QueryParams<N> {
    return parseWith(definitionNow(query), params) as QueryParams<N>;
  }

  function parseWith(definition: AnyQueryDefinition, params: unknown): unknown {
    const { name } = definition;
    const parsed = definition.params.safeParse(params ?? {});
    if (!parsed.success) {
      const issues = toIssues(parsed.error);
      throw new ValidationError(
        'INVALID_PARAMS',
        `Invalid parameters for "${name}": ${issues.map((i) => `${i.path || '(root)'} ${i.message}`).join('; ')}`,
        issues,
      );
    }
    return parsed.data;
  }

  async function query<N extends QueryName>(
    ref: QueryRef<N>,
    rawParams: QueryParamsInput<N>,
    { viewer: rawViewer, signal }: QueryCallOptions,
    unvalidated?: boolean,
    hints?: RunHints,
  ): Promise<QueryResult<N>> {
    const name = nameOf(ref) as N;
    if (!isQueryName(name)) throw new UnknownQueryError(name, queryNames);
    const viewer = parseViewer(rawViewer);
    const definition = definitions.now(ref) ?? (await definitions.load(name));
    const params = parseWith(definition, rawParams) as QueryParams<QueryName>;
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
      // Hints only for a caller that checks the answer itself (an export's columnar pages, which zod's schema would refuse).
      const request = { name, params, viewer } as QueryRequest;
      answer = await (unvalidated && hints !== undefined && !definition.showsPeers ? adapter.run(request, signal, hints) : adapter.run(request, signal));
    } catch (error) {
      throw wrapAdapterError(adapter.name, error, signal);
    }
    throwIfAborted(signal);

    // Defence in depth: the answer counts only if the adapter says it was computed under a scope for this viewer that
    // covers everything the request named.
    const scope = resolvedScopeSchema.safeParse((answer as Partial<AdapterAnswer> | null)?.scope);
    if (!scope.success) throw new ResultValidationError(name, adapter.name, toIssues(scope.error).map(underScope));
    assertScopeCovers(viewer, params, scope.data);
    // `unvalidatedAnswerOf`: the caller validates the result itself. Not for a query showing peers, whose learners get
    // pseudonyms made after validation: that answer is validated here (and the caller's check passes it again).
    if (unvalidated && !definition.showsPeers) return answer.result as QueryResult<N>;
    const parsed = definition.result.safeParse(answer.result);
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
    // Three arguments only: the fourth (unvalidated) is for `unvalidatedAnswerOf`.
    query: (ref, params, options) => query(ref, params, options),
    parseParams,
    export: (request) => runExport(client, request),
  };
  unvalidatedAnswers.set(client, (ref, params, options, hints) => query(ref as never, params as never, options, true, hints));
  return client;
}
