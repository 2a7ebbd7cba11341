'use client';
import type { QueryParamsInput } from '@learnlens/data-client';
import { useLearnlensQuery, type LearnlensQueryHookOptions, type LearnlensQueryResult } from './useLearnlensQuery.js';

/** Every team's average, completion and rank among the org's teams (`teamComparison`; admins and managers). */
export function useTeamComparison(
  params: QueryParamsInput<'teamComparison'> = {},
  options?: LearnlensQueryHookOptions,
): LearnlensQueryResult<'teamComparison'> {
  return useLearnlensQuery('teamComparison', params, options);
}
