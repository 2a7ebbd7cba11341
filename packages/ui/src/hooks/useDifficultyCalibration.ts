'use client';
import { difficultyCalibration, type QueryParamsInput } from '@learnlens/data-client';
import { useDefinedQuery, type LearnlensQueryHookOptions, type LearnlensQueryResult } from './useDefinedQuery.js';

/** Observed accuracy per declared difficulty and per question, with miscalibrated questions (`difficultyCalibration`). */
export function useDifficultyCalibration(
  params: QueryParamsInput<'difficultyCalibration'> = {},
  options?: LearnlensQueryHookOptions,
): LearnlensQueryResult<'difficultyCalibration'> {
  return useDefinedQuery(difficultyCalibration, params, options);
}
