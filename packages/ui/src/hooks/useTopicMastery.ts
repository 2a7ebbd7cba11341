'use client';
import { topicMastery, type QueryParamsInput } from '@learnlens/data-client';
import { useDefinedQuery, type LearnlensQueryHookOptions, type LearnlensQueryResult } from './useDefinedQuery.js';

/** Per topic: answers, correct, accuracy, time and students; with `grid`, the student × topic mastery levels (`topicMastery`). */
export function useTopicMastery(
  params: QueryParamsInput<'topicMastery'> = {},
  options?: LearnlensQueryHookOptions,
): LearnlensQueryResult<'topicMastery'> {
  return useDefinedQuery(topicMastery, params, options);
}
