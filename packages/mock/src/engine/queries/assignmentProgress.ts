import type { QueryParams, QueryResult } from '@learnlens/data-client';
import type { EngineContext } from '../context.js';

/** Answers `assignmentProgress` from the columnar dataset. */
export function assignmentProgress(ctx: EngineContext, params: QueryParams<'assignmentProgress'>): QueryResult<'assignmentProgress'> {
  void ctx;
  void params;
  throw new Error('assignmentProgress: not implemented yet');
}
