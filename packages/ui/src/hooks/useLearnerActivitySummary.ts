'use client';
import { learnerActivitySummary, type QueryParamsInput } from '@learnlens/data-client';
import { useDefinedQuery, type LearnlensQueryHookOptions, type LearnlensQueryResult } from './useDefinedQuery.js';

/** Events, hours, sessions and completions per learner and day (`learnerActivitySummary`). */
export function useLearnerActivitySummary(
  params: QueryParamsInput<'learnerActivitySummary'> = {},
  options?: LearnlensQueryHookOptions,
): LearnlensQueryResult<'learnerActivitySummary'> {
  return useDefinedQuery(learnerActivitySummary, params, options);
}
