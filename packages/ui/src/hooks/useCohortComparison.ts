'use client';
import type { QueryParamsInput } from '@learnlens/data-client';
import { useLearnlensQuery, type LearnlensQueryHookOptions, type LearnlensQueryResult } from './useLearnlensQuery.js';

/** Per cohort and academic year: students, accuracy, answers and topics mastered per student (`cohortComparison`). */
export function useCohortComparison(
  params: QueryParamsInput<'cohortComparison'> = {},
  options?: LearnlensQueryHookOptions,
): LearnlensQueryResult<'cohortComparison'> {
  return useLearnlensQuery('cohortComparison', params, options);
}
