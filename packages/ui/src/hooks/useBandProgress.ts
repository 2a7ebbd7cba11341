'use client';
import { bandProgress, type QueryParamsInput } from '@learnlens/data-client';
import { useDefinedQuery, type LearnlensQueryHookOptions, type LearnlensQueryResult } from './useDefinedQuery.js';

/** Task 1, task 2 and overall bands against each learner's goal, per learner or team (`bandProgress`, seed 000). */
export function useBandProgress(
  params: QueryParamsInput<'bandProgress'> = {},
  options?: LearnlensQueryHookOptions,
): LearnlensQueryResult<'bandProgress'> {
  return useDefinedQuery(bandProgress, params, options);
}
