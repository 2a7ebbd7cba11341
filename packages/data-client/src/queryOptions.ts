import type { QueryName, QueryParamsInput, QueryResult } from './catalog/index.js';
import type { LearnlensClient, QueryRef } from './clientCore.js';
import type { QueryDefinitionFor } from './catalog/index.js';
import { isTransientError } from './errors.js';
import type { Viewer } from './viewer.js';

/**
 * The cache key of a query. It starts with the viewer's org, role and user, so one browser cache can never
 * hand one viewer's rows to another; `['learnlens', orgId]` invalidates a whole org.
 */
export function learnlensQueryKey<N extends QueryName>(viewer: Viewer, name: N, params: QueryParamsInput<N>) {
  return ['learnlens', viewer.orgId, viewer.role, viewer.userId, name, params ?? {}] as const;
}

/** Retries transient adapter errors up to three times; scope and validation errors never. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  return failureCount < 3 && isTransientError(error);
}

/** Exponential backoff: 0.5 s, 1 s, 2 s … capped at 10 s. */
export function retryDelay(attempt: number): number {
  return Math.min(500 * 2 ** attempt, 10_000);
}

/**
 * `learnlensQueryOptions` for a query's definition (`import { leaderboard } from '@learnlens/data-client'`): the same
 * key, fetcher, stale time and retry policy, without importing the rest of the catalog. The widgets' hooks use it.
 */
export function definitionQueryOptions<N extends QueryName>(
  client: LearnlensClient,
  viewer: Viewer,
  definition: QueryDefinitionFor<N> & { readonly name: N },
  params: QueryParamsInput<N>,
) {
  const query: QueryRef<N> = definition;
  return {
    queryKey: learnlensQueryKey(viewer, definition.name, params),
    queryFn: ({ signal }: { signal?: AbortSignal }): Promise<QueryResult<N>> =>
      client.query(query, params, signal ? { viewer, signal } : { viewer }),
    staleTime: definition.staleTimeMs,
    retry: shouldRetry,
    retryDelay,
  };
}
