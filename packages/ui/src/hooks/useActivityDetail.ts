'use client';
import { activityDetail, type QueryParamsInput } from '@learnlens/data-client';
import { useDefinedQuery, type LearnlensQueryHookOptions, type LearnlensQueryResult } from './useDefinedQuery.js';

/** One activity's score distribution, attempts per day and learners (`activityDetail`). */
export function useActivityDetail(
  params: QueryParamsInput<'activityDetail'>,
  options?: LearnlensQueryHookOptions,
): LearnlensQueryResult<'activityDetail'> {
  return useDefinedQuery(activityDetail, params, options);
}
