'use client';
import { masteryTrend, type QueryParamsInput } from '@learnlens/data-client';
import { useDefinedQuery, type LearnlensQueryHookOptions, type LearnlensQueryResult } from './useDefinedQuery.js';

/** Mastery per content item and bucket, with a confidence band (`masteryTrend`). */
export function useMasteryTrend(
  params: QueryParamsInput<'masteryTrend'> = {},
  options?: LearnlensQueryHookOptions,
): LearnlensQueryResult<'masteryTrend'> {
  return useDefinedQuery(masteryTrend, params, options);
}
