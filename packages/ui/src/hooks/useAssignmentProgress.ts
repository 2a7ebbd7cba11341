'use client';
import { assignmentProgress, type QueryParamsInput } from '@learnlens/data-client';
import { useDefinedQuery, type LearnlensQueryHookOptions, type LearnlensQueryResult } from './useDefinedQuery.js';

/** Completion and overdue counts per assignment (`assignmentProgress`). */
export function useAssignmentProgress(
  params: QueryParamsInput<'assignmentProgress'> = {},
  options?: LearnlensQueryHookOptions,
): LearnlensQueryResult<'assignmentProgress'> {
  return useDefinedQuery(assignmentProgress, params, options);
}
