'use client';
import type { QueryParamsInput } from '@learnlens/data-client';
import { useLearnlensQuery, type LearnlensQueryHookOptions, type LearnlensQueryResult } from './useLearnlensQuery.js';

/** Session durations, events per session, completion rate and error share per day (`sessionQuality`). */
export function useSessionQuality(
  params: QueryParamsInput<'sessionQuality'> = {},
  options?: LearnlensQueryHookOptions,
): LearnlensQueryResult<'sessionQuality'> {
  return useLearnlensQuery('sessionQuality', params, options);
}
