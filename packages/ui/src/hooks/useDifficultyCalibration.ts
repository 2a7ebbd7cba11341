'use client';
import type { QueryParamsInput } from '@learnlens/data-client';
import { useLearnlensQuery, type LearnlensQueryHookOptions, type LearnlensQueryResult } from './useLearnlensQuery.js';

/** Observed accuracy per declared difficulty and per question, with miscalibrated questions (`difficultyCalibration`). */
export function useDifficultyCalibration(
  params: QueryParamsInput<'difficultyCalibration'> = {},
  options?: LearnlensQueryHookOptions,
): LearnlensQueryResult<'difficultyCalibration'> {
  return useLearnlensQuery('difficultyCalibration', params, options);
}
