'use client';
import type { QueryParamsInput } from '@learnlens/data-client';
import { useLearnlensQuery, type LearnlensQueryHookOptions, type LearnlensQueryResult } from './useLearnlensQuery.js';

/** One learner's own numbers; the viewer's by default (`personalStats`). */
export function usePersonalStats(
  params: QueryParamsInput<'personalStats'> = {},
  options?: LearnlensQueryHookOptions,
): LearnlensQueryResult<'personalStats'> {
  return useLearnlensQuery('personalStats', params, options);
}
