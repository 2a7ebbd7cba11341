'use client';
import type { QueryParamsInput } from '@learnlens/data-client';
import { useLearnlensQuery, type LearnlensQueryHookOptions, type LearnlensQueryResult } from './useLearnlensQuery.js';

/** Learners ranked by average score for a week, month or range, with last period's rank (`leaderboard`). */
export function useLeaderboard(
  params: QueryParamsInput<'leaderboard'> = {},
  options?: LearnlensQueryHookOptions,
): LearnlensQueryResult<'leaderboard'> {
  return useLearnlensQuery('leaderboard', params, options);
}
