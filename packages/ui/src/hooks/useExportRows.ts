'use client';
import { exportRows, type QueryParamsInput } from '@learnlens/data-client';
import { useDefinedQuery, type LearnlensQueryHookOptions, type LearnlensQueryResult } from './useDefinedQuery.js';

/** A page of the export dataset and its total row count (`exportRows`). */
export function useExportRows(
  params: QueryParamsInput<'exportRows'> = {},
  options?: LearnlensQueryHookOptions,
): LearnlensQueryResult<'exportRows'> {
  return useDefinedQuery(exportRows, params, options);
}
