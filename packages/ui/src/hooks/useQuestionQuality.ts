'use client';
import type { QueryParamsInput } from '@learnlens/data-client';
import { useLearnlensQuery, type LearnlensQueryHookOptions, type LearnlensQueryResult } from './useLearnlensQuery.js';

/** Per question: students who answered, flags, flag rate, accuracy and time, sorted and paged (`questionQuality`). */
export function useQuestionQuality(
  params: QueryParamsInput<'questionQuality'> = {},
  options?: LearnlensQueryHookOptions,
): LearnlensQueryResult<'questionQuality'> {
  return useLearnlensQuery('questionQuality', params, options);
}
