'use client';
import { definitionQueryOptions, type QueryDefinitionFor, type QueryName, type QueryParamsInput, type QueryResult } from '@learnlens/data-client';
import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { useLearnlens } from '../provider/learnlensContext.js';

/** Per-call options of the Learnlens query hooks. */
export interface LearnlensQueryHookOptions {
  /** Set false to hold the request, e.g. until a filter is chosen. Default true. */
  enabled?: boolean;
  /** Keep showing the previous answer of the same viewer while new parameters load. Default true. */
  keepPreviousData?: boolean;
  /** How long an answer stays fresh; defaults to the catalog entry's (the seed's cache lifetimes). */
  staleTime?: number;
  /** Refetch on an interval (ms) while mounted; default off. */
  refetchInterval?: number | false;
}

/** The result of a Learnlens query hook: TanStack Query's, typed by the catalog. */
export type LearnlensQueryResult<N extends QueryName> = UseQueryResult<QueryResult<N>, Error>;

// Cache keys start ['learnlens', orgId, role, userId]; placeholder data may only come from the same viewer.
function sameViewer(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a[0] === b[0] && a[1] === b[1] && a[2] === b[2] && a[3] === b[3];
}

/**
 * Runs one catalog query, given its definition (`import { leaderboard } from '@learnlens/data-client'`), for the
 * provider's viewer. The request is aborted when the calling component unmounts or its parameters change (TanStack
 * Query passes its signal to the client), and only the answer for the current key is ever returned. Every widget's
 * hook goes through here, so a widget bundles its own query's schemas and no other's.
 */
export function useDefinedQuery<N extends QueryName>(
  definition: QueryDefinitionFor<N> & { readonly name: N },
  params: QueryParamsInput<N>,
  options: LearnlensQueryHookOptions = {},
): LearnlensQueryResult<N> {
  const { client, viewer, queryClient, retry } = useLearnlens();
  const base = definitionQueryOptions(client, viewer, definition, params);
  const keepPrevious = options.keepPreviousData ?? true;
  return useQuery<QueryResult<N>, Error, QueryResult<N>, typeof base.queryKey>(
    {
      queryKey: base.queryKey,
      queryFn: base.queryFn,
      staleTime: options.staleTime ?? base.staleTime,
      retry: retry ? base.retry : false,
      retryDelay: base.retryDelay,
      enabled: options.enabled ?? true,
      refetchInterval: options.refetchInterval ?? false,
      placeholderData: (previousData, previousQuery) =>
        keepPrevious && previousQuery && sameViewer(previousQuery.queryKey, base.queryKey) ? previousData : undefined,
    },
    queryClient,
  );
}
