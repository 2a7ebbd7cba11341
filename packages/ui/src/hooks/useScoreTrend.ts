'use client';
import type { QueryParamsInput } from '@learnlens/data-client';
import { useLearnlensQuery, type LearnlensQueryHookOptions, type LearnlensQueryResult } from './useLearnlensQuery.js';

/** Average score and attempts per day, week or month (`scoreTrend`). */
export function useScoreTrend(
  params: QueryParamsInput<'scoreTrend'> = {},
  options?: LearnlensQueryHookOptions,
): LearnlensQueryResult<'scoreTrend'> {
  return useLearnlensQuery('scoreTrend', params, options);
}
