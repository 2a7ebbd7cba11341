'use client';
import type { QueryParamsInput } from '@learnlens/data-client';
import { useLearnlensQuery, type LearnlensQueryHookOptions, type LearnlensQueryResult } from './useLearnlensQuery.js';

/** The org overview KPIs: active learners, attempts, average score, recent activity (`orgOverview`). */
export function useOrgOverview(
  params: QueryParamsInput<'orgOverview'> = {},
  options?: LearnlensQueryHookOptions,
): LearnlensQueryResult<'orgOverview'> {
  return useLearnlensQuery('orgOverview', params, options);
}
