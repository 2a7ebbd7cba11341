'use client';
import type { QueryParamsInput } from '@learnlens/data-client';
import { useLearnlensQuery, type LearnlensQueryHookOptions, type LearnlensQueryResult } from './useLearnlensQuery.js';

/** AI calls, tokens, cost, failures and median duration per day and operation or model; admins only (`aiUsage`). */
export function useAiUsage(params: QueryParamsInput<'aiUsage'> = {}, options?: LearnlensQueryHookOptions): LearnlensQueryResult<'aiUsage'> {
  return useLearnlensQuery('aiUsage', params, options);
}
