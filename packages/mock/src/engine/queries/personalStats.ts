import type { QueryParams, QueryResult } from '@learnlens/data-client';
import type { EngineContext } from '../context.js';

/** Answers `personalStats` from the columnar dataset. */
export function personalStats(ctx: EngineContext, params: QueryParams<'personalStats'>): QueryResult<'personalStats'> {
  void ctx;
  void params;
  throw new Error('personalStats: not implemented yet');
}
