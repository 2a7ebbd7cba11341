import { catalog, type QueryName, type QueryParamsInput } from './catalog/index.js';
import type { LearnlensClient, QueryRef } from './clientCore.js';
import { definitionQueryOptions } from './queryOptions.js';
import type { Viewer } from './viewer.js';

/**
 * Options for TanStack Query's `useQuery` / `queryClient.fetchQuery`: key, fetcher (aborts with the query's
 * signal), the seed's stale time, and the retry policy. Plain data: data-client does not import TanStack.
 * A query by name imports the whole catalog; `definitionQueryOptions` takes the definition and imports nothing else.
 */
export function learnlensQueryOptions<N extends QueryName>(
  client: LearnlensClient,
  viewer: Viewer,
  query: QueryRef<N>,
  params: QueryParamsInput<N>,
) {
  const definition = (typeof query === 'string' ? catalog[query] : query) as Parameters<typeof definitionQueryOptions<N>>[2];
  return definitionQueryOptions(client, viewer, definition, params);
}
