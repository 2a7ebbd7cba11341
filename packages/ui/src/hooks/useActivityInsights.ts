'use client';
import { activityInsights, type QueryParamsInput } from '@learnlens/data-client';
import { useDefinedQuery, type LearnlensQueryHookOptions, type LearnlensQueryResult } from './useDefinedQuery.js';

/** Per-activity attempts, average, spread, median and duration (`activityInsights`). */
export function useActivityInsights(
  params: QueryParamsInput<'activityInsights'> = {},
  options?: LearnlensQueryHookOptions,
): LearnlensQueryResult<'activityInsights'> {
  return useDefinedQuery(activityInsights, params, options);
}
