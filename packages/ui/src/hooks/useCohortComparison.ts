'use client';
import { cohortComparison, type QueryParamsInput } from '@learnlens/data-client';
import { useDefinedQuery, type LearnlensQueryHookOptions, type LearnlensQueryResult } from './useDefinedQuery.js';

/** Per cohort and academic year: students, accuracy, answers and topics mastered per student (`cohortComparison`). */
export function useCohortComparison(
  params: QueryParamsInput<'cohortComparison'> = {},
  options?: LearnlensQueryHookOptions,
): LearnlensQueryResult<'cohortComparison'> {
  return useDefinedQuery(cohortComparison, params, options);
}
