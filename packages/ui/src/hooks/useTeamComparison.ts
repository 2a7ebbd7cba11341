'use client';
import { teamComparison, type QueryParamsInput } from '@learnlens/data-client';
import { useDefinedQuery, type LearnlensQueryHookOptions, type LearnlensQueryResult } from './useDefinedQuery.js';

/** Every team's average, completion and rank among the org's teams (`teamComparison`; admins and managers). */
export function useTeamComparison(
  params: QueryParamsInput<'teamComparison'> = {},
  options?: LearnlensQueryHookOptions,
): LearnlensQueryResult<'teamComparison'> {
  return useDefinedQuery(teamComparison, params, options);
}
