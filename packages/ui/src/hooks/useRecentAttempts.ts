'use client';
import type { QueryParamsInput } from '@learnlens/data-client';
import { useLearnlensQuery, type LearnlensQueryHookOptions, type LearnlensQueryResult } from './useLearnlensQuery.js';

/** A page of attempts with filters, sort and a total (`recentAttempts`). */
export function useRecentAttempts(
  params: QueryParamsInput<'recentAttempts'> = {},
  options?: LearnlensQueryHookOptions,
): LearnlensQueryResult<'recentAttempts'> {
  return useLearnlensQuery('recentAttempts', params, options);
}
