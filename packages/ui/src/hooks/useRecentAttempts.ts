'use client';
import { recentAttempts, type QueryParamsInput } from '@learnlens/data-client';
import { useDefinedQuery, type LearnlensQueryHookOptions, type LearnlensQueryResult } from './useDefinedQuery.js';

/** A page of attempts with filters, sort and a total (`recentAttempts`). */
export function useRecentAttempts(
  params: QueryParamsInput<'recentAttempts'> = {},
  options?: LearnlensQueryHookOptions,
): LearnlensQueryResult<'recentAttempts'> {
  return useDefinedQuery(recentAttempts, params, options);
}
