'use client';
import type { QueryParamsInput } from '@learnlens/data-client';
import { useLearnlensQuery, type LearnlensQueryHookOptions, type LearnlensQueryResult } from './useLearnlensQuery.js';

/** Per content item: learners, completions, completion rate, assessment score and time (`contentPerformance`). */
export function useContentPerformance(
  params: QueryParamsInput<'contentPerformance'> = {},
  options?: LearnlensQueryHookOptions,
): LearnlensQueryResult<'contentPerformance'> {
  return useLearnlensQuery('contentPerformance', params, options);
}
