'use client';
import { eventTiming, type QueryParamsInput } from '@learnlens/data-client';
import { useDefinedQuery, type LearnlensQueryHookOptions, type LearnlensQueryResult } from './useDefinedQuery.js';

/** Where in a call each KPI event type happens: its events by tenth of the call (`eventTiming`). */
export function useEventTiming(
  params: QueryParamsInput<'eventTiming'> = {},
  options?: LearnlensQueryHookOptions,
): LearnlensQueryResult<'eventTiming'> {
  return useDefinedQuery(eventTiming, params, options);
}
