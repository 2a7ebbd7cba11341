'use client';
import type { QueryParamsInput } from '@learnlens/data-client';
import { useLearnlensQuery, type LearnlensQueryHookOptions, type LearnlensQueryResult } from './useLearnlensQuery.js';

/** Per learner and week or month: answers, accuracy, topics mastered and struggling, review cards (`progressSnapshots`). */
export function useProgressSnapshots(
  params: QueryParamsInput<'progressSnapshots'> = {},
  options?: LearnlensQueryHookOptions,
): LearnlensQueryResult<'progressSnapshots'> {
  return useLearnlensQuery('progressSnapshots', params, options);
}
