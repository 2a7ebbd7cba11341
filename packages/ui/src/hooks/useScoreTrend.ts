'use client';
import { scoreTrend, type QueryParamsInput } from '@learnlens/data-client';
import { useDefinedQuery, type LearnlensQueryHookOptions, type LearnlensQueryResult } from './useDefinedQuery.js';

/** Average score and attempts per day, week or month (`scoreTrend`). */
export function useScoreTrend(
  params: QueryParamsInput<'scoreTrend'> = {},
  options?: LearnlensQueryHookOptions,
): LearnlensQueryResult<'scoreTrend'> {
  return useDefinedQuery(scoreTrend, params, options);
}
