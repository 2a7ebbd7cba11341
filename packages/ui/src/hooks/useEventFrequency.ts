'use client';
import type { QueryParamsInput } from '@learnlens/data-client';
import { useLearnlensQuery, type LearnlensQueryHookOptions, type LearnlensQueryResult } from './useLearnlensQuery.js';

/** Counts of one event type per bucket, e.g. filler words per week (`eventFrequency`). */
export function useEventFrequency(
  params: QueryParamsInput<'eventFrequency'>,
  options?: LearnlensQueryHookOptions,
): LearnlensQueryResult<'eventFrequency'> {
  return useLearnlensQuery('eventFrequency', params, options);
}
