'use client';
import type { QueryParamsInput } from '@learnlens/data-client';
import { useLearnlensQuery, type LearnlensQueryHookOptions, type LearnlensQueryResult } from './useLearnlensQuery.js';

/** Events, hours, sessions and completions per learner and day (`learnerActivitySummary`). */
export function useLearnerActivitySummary(
  params: QueryParamsInput<'learnerActivitySummary'> = {},
  options?: LearnlensQueryHookOptions,
): LearnlensQueryResult<'learnerActivitySummary'> {
  return useLearnlensQuery('learnerActivitySummary', params, options);
}
