'use client';
import type { QueryParamsInput } from '@learnlens/data-client';
import { useLearnlensQuery, type LearnlensQueryHookOptions, type LearnlensQueryResult } from './useLearnlensQuery.js';

/** Per tutor: sessions, assignments, completion, scores and students' accuracy change after sessions (`tutorEffectiveness`). */
export function useTutorEffectiveness(
  params: QueryParamsInput<'tutorEffectiveness'> = {},
  options?: LearnlensQueryHookOptions,
): LearnlensQueryResult<'tutorEffectiveness'> {
  return useLearnlensQuery('tutorEffectiveness', params, options);
}
