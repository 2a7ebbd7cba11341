'use client';
import type { QueryParamsInput } from '@learnlens/data-client';
import { useLearnlensQuery, type LearnlensQueryHookOptions, type LearnlensQueryResult } from './useLearnlensQuery.js';

/** Per-activity attempts, average, spread, median and duration (`activityInsights`). */
export function useActivityInsights(
  params: QueryParamsInput<'activityInsights'> = {},
  options?: LearnlensQueryHookOptions,
): LearnlensQueryResult<'activityInsights'> {
  return useLearnlensQuery('activityInsights', params, options);
}
