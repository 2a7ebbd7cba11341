'use client';
import type { QueryParamsInput } from '@learnlens/data-client';
import { useLearnlensQuery, type LearnlensQueryHookOptions, type LearnlensQueryResult } from './useLearnlensQuery.js';

/** Answers submitted, correct and accuracy per day, week or month (`accuracyTrend`). */
export function useAccuracyTrend(
  params: QueryParamsInput<'accuracyTrend'> = {},
  options?: LearnlensQueryHookOptions,
): LearnlensQueryResult<'accuracyTrend'> {
  return useLearnlensQuery('accuracyTrend', params, options);
}
