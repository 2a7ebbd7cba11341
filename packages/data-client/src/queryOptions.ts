import { catalog, type QueryName, type QueryParamsInput, type QueryResult } from './catalog/index.js';
import type { LearnlensClient } from './client.js';
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
 * Options for TanStack Query's `useQuery` / `queryClient.fetchQuery`: key, fetcher (aborts with the query's
 * signal), the seed's stale time, and the retry policy. Plain data: data-client does not import TanStack.
 */
export function learnlensQueryOptions<N extends QueryName>(
  client: LearnlensClient,
  viewer: Viewer,
  name: N,
  params: QueryParamsInput<N>,
) {
  return {
    queryKey: learnlensQueryKey(viewer, name, params),
    queryFn: ({ signal }: { signal?: AbortSignal }): Promise<QueryResult<N>> =>
      client.query(name, params, signal ? { viewer, signal } : { viewer }),
    staleTime: catalog[name].staleTimeMs,
    retry: shouldRetry,
    retryDelay,
  };
}
