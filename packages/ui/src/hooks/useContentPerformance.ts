'use client';
import { contentPerformance, type QueryParamsInput } from '@learnlens/data-client';
import { useDefinedQuery, type LearnlensQueryHookOptions, type LearnlensQueryResult } from './useDefinedQuery.js';

/** Per content item: learners, completions, completion rate, assessment score and time (`contentPerformance`). */
export function useContentPerformance(
  params: QueryParamsInput<'contentPerformance'> = {},
  options?: LearnlensQueryHookOptions,
): LearnlensQueryResult<'contentPerformance'> {
  return useDefinedQuery(contentPerformance, params, options);
}
