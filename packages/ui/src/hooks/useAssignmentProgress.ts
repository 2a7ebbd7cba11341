'use client';
import type { QueryParamsInput } from '@learnlens/data-client';
import { useLearnlensQuery, type LearnlensQueryHookOptions, type LearnlensQueryResult } from './useLearnlensQuery.js';

/** Completion and overdue counts per assignment (`assignmentProgress`). */
export function useAssignmentProgress(
  params: QueryParamsInput<'assignmentProgress'> = {},
  options?: LearnlensQueryHookOptions,
): LearnlensQueryResult<'assignmentProgress'> {
  return useLearnlensQuery('assignmentProgress', params, options);
}
