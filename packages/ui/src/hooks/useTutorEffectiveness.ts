'use client';
import { tutorEffectiveness, type QueryParamsInput } from '@learnlens/data-client';
import { useDefinedQuery, type LearnlensQueryHookOptions, type LearnlensQueryResult } from './useDefinedQuery.js';

/** Per tutor: sessions, assignments, completion, scores and students' accuracy change after sessions (`tutorEffectiveness`). */
export function useTutorEffectiveness(
  params: QueryParamsInput<'tutorEffectiveness'> = {},
  options?: LearnlensQueryHookOptions,
): LearnlensQueryResult<'tutorEffectiveness'> {
  return useDefinedQuery(tutorEffectiveness, params, options);
}
