'use client';
import { activityHeatmap, type QueryParamsInput } from '@learnlens/data-client';
import { useDefinedQuery, type LearnlensQueryHookOptions, type LearnlensQueryResult } from './useDefinedQuery.js';

/** Attempts and active learners per day, or per weekday × hour (`activityHeatmap`). */
export function useActivityHeatmap(
  params: QueryParamsInput<'activityHeatmap'> = {},
  options?: LearnlensQueryHookOptions,
): LearnlensQueryResult<'activityHeatmap'> {
  return useDefinedQuery(activityHeatmap, params, options);
}
