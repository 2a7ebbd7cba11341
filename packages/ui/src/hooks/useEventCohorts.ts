'use client';
import { eventCohorts, type QueryParamsInput } from '@learnlens/data-client';
import { useDefinedQuery, type LearnlensQueryHookOptions, type LearnlensQueryResult } from './useDefinedQuery.js';

/** Learners grouped by their events of one type per call, with each group's scores (`eventCohorts`). */
export function useEventCohorts(
  params: QueryParamsInput<'eventCohorts'> = {},
  options?: LearnlensQueryHookOptions,
): LearnlensQueryResult<'eventCohorts'> {
  return useDefinedQuery(eventCohorts, params, options);
}
