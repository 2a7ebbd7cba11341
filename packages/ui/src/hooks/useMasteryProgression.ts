'use client';
import { masteryProgression, type QueryParamsInput } from '@learnlens/data-client';
import { useDefinedQuery, type LearnlensQueryHookOptions, type LearnlensQueryResult } from './useDefinedQuery.js';

/** Per learner and week, the content items whose mastery crossed a threshold (`masteryProgression`). */
export function useMasteryProgression(
  params: QueryParamsInput<'masteryProgression'> = {},
  options?: LearnlensQueryHookOptions,
): LearnlensQueryResult<'masteryProgression'> {
  return useDefinedQuery(masteryProgression, params, options);
}
