'use client';
import type { QueryParamsInput } from '@learnlens/data-client';
import { useLearnlensQuery, type LearnlensQueryHookOptions, type LearnlensQueryResult } from './useLearnlensQuery.js';

/** Attempts and active learners per day, or per weekday × hour (`activityHeatmap`). */
export function useActivityHeatmap(
  params: QueryParamsInput<'activityHeatmap'> = {},
  options?: LearnlensQueryHookOptions,
): LearnlensQueryResult<'activityHeatmap'> {
  return useLearnlensQuery('activityHeatmap', params, options);
}
