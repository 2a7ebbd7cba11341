'use client';
import type { QueryParamsInput } from '@learnlens/data-client';
import { useLearnlensQuery, type LearnlensQueryHookOptions, type LearnlensQueryResult } from './useLearnlensQuery.js';

/** Mastery per content item and bucket, with a confidence band (`masteryTrend`). */
export function useMasteryTrend(
  params: QueryParamsInput<'masteryTrend'> = {},
  options?: LearnlensQueryHookOptions,
): LearnlensQueryResult<'masteryTrend'> {
  return useLearnlensQuery('masteryTrend', params, options);
}
