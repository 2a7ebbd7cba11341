'use client';
import type { QueryParamsInput } from '@learnlens/data-client';
import { useLearnlensQuery, type LearnlensQueryHookOptions, type LearnlensQueryResult } from './useLearnlensQuery.js';

/** Per learner and week, the content items whose mastery crossed a threshold (`masteryProgression`). */
export function useMasteryProgression(
  params: QueryParamsInput<'masteryProgression'> = {},
  options?: LearnlensQueryHookOptions,
): LearnlensQueryResult<'masteryProgression'> {
  return useLearnlensQuery('masteryProgression', params, options);
}
