'use client';
import type { QueryParamsInput } from '@learnlens/data-client';
import { useLearnlensQuery, type LearnlensQueryHookOptions, type LearnlensQueryResult } from './useLearnlensQuery.js';

/** Per topic: answers, correct, accuracy, time and students; with `grid`, the student × topic mastery levels (`topicMastery`). */
export function useTopicMastery(
  params: QueryParamsInput<'topicMastery'> = {},
  options?: LearnlensQueryHookOptions,
): LearnlensQueryResult<'topicMastery'> {
  return useLearnlensQuery('topicMastery', params, options);
}
