'use client';
import { catalog, type QueryName, type QueryParamsInput, type QueryRef } from '@learnlens/data-client';
import { useDefinedQuery, type LearnlensQueryHookOptions, type LearnlensQueryResult } from './useDefinedQuery.js';

export type { LearnlensQueryHookOptions, LearnlensQueryResult } from './useDefinedQuery.js';

/**
 * Runs one catalog query, by name or definition, for the provider's viewer (see `useDefinedQuery`). A name imports
 * the whole catalog into the bundle; a definition (`useLearnlensQuery(leaderboard, …)`) only that query.
 */
export function useLearnlensQuery<N extends QueryName>(
  query: QueryRef<N>,
  params: QueryParamsInput<N>,
  options: LearnlensQueryHookOptions = {},
): LearnlensQueryResult<N> {
  const definition = typeof query === 'string' ? (catalog[query] as Parameters<typeof useDefinedQuery<N>>[0]) : query;
  return useDefinedQuery(definition, params, options);
}
