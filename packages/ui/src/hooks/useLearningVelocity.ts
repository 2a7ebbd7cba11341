'use client';
import { learningVelocity, type QueryParamsInput } from '@learnlens/data-client';
import { useDefinedQuery, type LearnlensQueryHookOptions, type LearnlensQueryResult } from './useDefinedQuery.js';

/** Per day: different questions attempted, answers and average time (`learningVelocity`). */
export function useLearningVelocity(
  params: QueryParamsInput<'learningVelocity'> = {},
  options?: LearnlensQueryHookOptions,
): LearnlensQueryResult<'learningVelocity'> {
  return useDefinedQuery(learningVelocity, params, options);
}
