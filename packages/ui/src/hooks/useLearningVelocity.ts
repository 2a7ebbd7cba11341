'use client';
import type { QueryParamsInput } from '@learnlens/data-client';
import { useLearnlensQuery, type LearnlensQueryHookOptions, type LearnlensQueryResult } from './useLearnlensQuery.js';

/** Per day: different questions attempted, answers and average time (`learningVelocity`). */
export function useLearningVelocity(
  params: QueryParamsInput<'learningVelocity'> = {},
  options?: LearnlensQueryHookOptions,
): LearnlensQueryResult<'learningVelocity'> {
  return useLearnlensQuery('learningVelocity', params, options);
}
