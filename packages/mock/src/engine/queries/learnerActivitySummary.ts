import type { QueryParams, QueryResult } from '@learnlens/data-client';
import type { EngineContext } from '../context.js';

/** Answers `learnerActivitySummary` from the columnar dataset. */
export function learnerActivitySummary(ctx: EngineContext, params: QueryParams<'learnerActivitySummary'>): QueryResult<'learnerActivitySummary'> {
  void ctx;
  void params;
  throw new Error('learnerActivitySummary: not implemented yet');
}
