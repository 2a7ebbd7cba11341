import type { QueryParams, QueryResult } from '@learnlens/data-client';
import type { EngineContext } from '../context.js';

/** Answers `eventFrequency` from the columnar dataset. */
export function eventFrequency(ctx: EngineContext, params: QueryParams<'eventFrequency'>): QueryResult<'eventFrequency'> {
  void ctx;
  void params;
  throw new Error('eventFrequency: not implemented yet');
}
