'use client';
import type { QueryParamsInput } from '@learnlens/data-client';
import { useLearnlensQuery, type LearnlensQueryHookOptions, type LearnlensQueryResult } from './useLearnlensQuery.js';

/** A page of the export dataset and its total row count (`exportRows`). */
export function useExportRows(
  params: QueryParamsInput<'exportRows'> = {},
  options?: LearnlensQueryHookOptions,
): LearnlensQueryResult<'exportRows'> {
  return useLearnlensQuery('exportRows', params, options);
}
