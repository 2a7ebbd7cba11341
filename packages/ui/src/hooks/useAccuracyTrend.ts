'use client';
import { accuracyTrend, type QueryParamsInput } from '@learnlens/data-client';
import { useDefinedQuery, type LearnlensQueryHookOptions, type LearnlensQueryResult } from './useDefinedQuery.js';

/** Answers submitted, correct and accuracy per day, week or month (`accuracyTrend`). */
export function useAccuracyTrend(
  params: QueryParamsInput<'accuracyTrend'> = {},
  options?: LearnlensQueryHookOptions,
): LearnlensQueryResult<'accuracyTrend'> {
  return useDefinedQuery(accuracyTrend, params, options);
}
