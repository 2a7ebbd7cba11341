'use client';
import type { QueryParamsInput } from '@learnlens/data-client';
import { useLearnlensQuery, type LearnlensQueryHookOptions, type LearnlensQueryResult } from './useLearnlensQuery.js';

/** One activity's score distribution, attempts per day and learners (`activityDetail`). */
export function useActivityDetail(
  params: QueryParamsInput<'activityDetail'>,
  options?: LearnlensQueryHookOptions,
): LearnlensQueryResult<'activityDetail'> {
  return useLearnlensQuery('activityDetail', params, options);
}
