'use client';
import { orgOverview, type QueryParamsInput } from '@learnlens/data-client';
import { useDefinedQuery, type LearnlensQueryHookOptions, type LearnlensQueryResult } from './useDefinedQuery.js';

/** The org overview KPIs: active learners, attempts, average score, recent activity (`orgOverview`). */
export function useOrgOverview(
  params: QueryParamsInput<'orgOverview'> = {},
  options?: LearnlensQueryHookOptions,
): LearnlensQueryResult<'orgOverview'> {
  return useDefinedQuery(orgOverview, params, options);
}
