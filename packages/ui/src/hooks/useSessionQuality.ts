'use client';
import { sessionQuality, type QueryParamsInput } from '@learnlens/data-client';
import { useDefinedQuery, type LearnlensQueryHookOptions, type LearnlensQueryResult } from './useDefinedQuery.js';

/** Session durations, events per session, completion rate and error share per day (`sessionQuality`). */
export function useSessionQuality(
  params: QueryParamsInput<'sessionQuality'> = {},
  options?: LearnlensQueryHookOptions,
): LearnlensQueryResult<'sessionQuality'> {
  return useDefinedQuery(sessionQuality, params, options);
}
