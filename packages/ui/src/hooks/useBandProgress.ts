'use client';
import type { QueryParamsInput } from '@learnlens/data-client';
import { useLearnlensQuery, type LearnlensQueryHookOptions, type LearnlensQueryResult } from './useLearnlensQuery.js';

/** Task 1, task 2 and overall bands against each learner's goal, per learner or team (`bandProgress`, seed 000). */
export function useBandProgress(
  params: QueryParamsInput<'bandProgress'> = {},
  options?: LearnlensQueryHookOptions,
): LearnlensQueryResult<'bandProgress'> {
  return useLearnlensQuery('bandProgress', params, options);
}
