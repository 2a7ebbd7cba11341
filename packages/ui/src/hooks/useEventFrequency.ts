'use client';
import { eventFrequency, type QueryParamsInput } from '@learnlens/data-client';
import { useDefinedQuery, type LearnlensQueryHookOptions, type LearnlensQueryResult } from './useDefinedQuery.js';

/** Counts of one event type per bucket, e.g. filler words per week (`eventFrequency`). */
export function useEventFrequency(
  params: QueryParamsInput<'eventFrequency'>,
  options?: LearnlensQueryHookOptions,
): LearnlensQueryResult<'eventFrequency'> {
  return useDefinedQuery(eventFrequency, params, options);
}
