'use client';
import type { QueryParamsInput } from '@learnlens/data-client';
import { useLearnlensQuery, type LearnlensQueryHookOptions, type LearnlensQueryResult } from './useLearnlensQuery.js';

/** Daily, weekly and monthly active learners, time spent and events per day (`engagement`). */
export function useEngagement(
  params: QueryParamsInput<'engagement'> = {},
  options?: LearnlensQueryHookOptions,
): LearnlensQueryResult<'engagement'> {
  return useLearnlensQuery('engagement', params, options);
}
