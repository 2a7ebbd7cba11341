'use client';
import { progressSnapshots, type QueryParamsInput } from '@learnlens/data-client';
import { useDefinedQuery, type LearnlensQueryHookOptions, type LearnlensQueryResult } from './useDefinedQuery.js';

/** Per learner and week or month: answers, accuracy, topics mastered and struggling, review cards (`progressSnapshots`). */
export function useProgressSnapshots(
  params: QueryParamsInput<'progressSnapshots'> = {},
  options?: LearnlensQueryHookOptions,
): LearnlensQueryResult<'progressSnapshots'> {
  return useDefinedQuery(progressSnapshots, params, options);
}
