'use client';
import { engagement, type QueryParamsInput } from '@learnlens/data-client';
import { useDefinedQuery, type LearnlensQueryHookOptions, type LearnlensQueryResult } from './useDefinedQuery.js';

/** Daily, weekly and monthly active learners, time spent and events per day (`engagement`). */
export function useEngagement(
  params: QueryParamsInput<'engagement'> = {},
  options?: LearnlensQueryHookOptions,
): LearnlensQueryResult<'engagement'> {
  return useDefinedQuery(engagement, params, options);
}
