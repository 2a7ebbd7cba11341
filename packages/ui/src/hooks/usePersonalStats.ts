'use client';
import { personalStats, type QueryParamsInput } from '@learnlens/data-client';
import { useDefinedQuery, type LearnlensQueryHookOptions, type LearnlensQueryResult } from './useDefinedQuery.js';

/** One learner's own numbers; the viewer's by default (`personalStats`). */
export function usePersonalStats(
  params: QueryParamsInput<'personalStats'> = {},
  options?: LearnlensQueryHookOptions,
): LearnlensQueryResult<'personalStats'> {
  return useDefinedQuery(personalStats, params, options);
}
