'use client';
import { questionQuality, type QueryParamsInput } from '@learnlens/data-client';
import { useDefinedQuery, type LearnlensQueryHookOptions, type LearnlensQueryResult } from './useDefinedQuery.js';

/** Per question: students who answered, flags, flag rate, accuracy and time, sorted and paged (`questionQuality`). */
export function useQuestionQuality(
  params: QueryParamsInput<'questionQuality'> = {},
  options?: LearnlensQueryHookOptions,
): LearnlensQueryResult<'questionQuality'> {
  return useDefinedQuery(questionQuality, params, options);
}
