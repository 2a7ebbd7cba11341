'use client';
import { leaderboard, type QueryParamsInput } from '@learnlens/data-client';
import { useDefinedQuery, type LearnlensQueryHookOptions, type LearnlensQueryResult } from './useDefinedQuery.js';

/** Learners ranked by average score for a week, month or range, with last period's rank (`leaderboard`). */
export function useLeaderboard(
  params: QueryParamsInput<'leaderboard'> = {},
  options?: LearnlensQueryHookOptions,
): LearnlensQueryResult<'leaderboard'> {
  return useDefinedQuery(leaderboard, params, options);
}
