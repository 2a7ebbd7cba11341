import type { QueryParams, QueryResult } from '@learnlens/data-client';
import type { EngineContext } from '../context.js';

/** Answers `masteryTrend` from the columnar dataset. */
export function masteryTrend(ctx: EngineContext, params: QueryParams<'masteryTrend'>): QueryResult<'masteryTrend'> {
  void ctx;
  void params;
  throw new Error('masteryTrend: not implemented yet');
}
