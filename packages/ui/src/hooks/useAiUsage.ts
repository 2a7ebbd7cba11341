'use client';
import { aiUsage, type QueryParamsInput } from '@learnlens/data-client';
import { useDefinedQuery, type LearnlensQueryHookOptions, type LearnlensQueryResult } from './useDefinedQuery.js';

/** AI calls, tokens, cost, failures and median duration per day and operation or model; admins only (`aiUsage`). */
export function useAiUsage(params: QueryParamsInput<'aiUsage'> = {}, options?: LearnlensQueryHookOptions): LearnlensQueryResult<'aiUsage'> {
  return useDefinedQuery(aiUsage, params, options);
}
