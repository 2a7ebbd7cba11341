import type { QueryRequest } from './adapter.js';
import type { QueryName, QueryParams } from './catalog/index.js';
import { ScopeError } from './errors.js';
import type { ResolvedScope, ScopeRequest, Viewer } from './viewer.js';

// The scope rules the client checks before and after a query, apart from answerInScope (which reads the catalog's
// roles), so the client's hot path imports no query definition.

type AnyParams = QueryParams<QueryName>;

/** The user ids a request names (its `userIds` and `userId` parameters). */
export function requestedUserIds(params: AnyParams): string[] {
  const ids = [...(params.userIds ?? [])];
  if ('userId' in params && typeof params.userId === 'string') ids.push(params.userId);
  return ids;
}

/** What a request's scope is resolved for: its viewer, the user ids and the team it names. */
export function scopeRequestOf(request: QueryRequest): ScopeRequest {
  return { viewer: request.viewer, userIds: requestedUserIds(request.params), teamId: request.params.teamId };
}

/**
 * The rules that need no backend: an `orgId` parameter must be the viewer's active org, and a learner may name only
 * themselves (peers are never addressable by their real id). Throws the one out-of-scope ScopeError.
 */
export function checkRequestRules(viewer: Viewer, params: AnyParams): void {
  if (params.orgId !== undefined && params.orgId !== viewer.orgId) throw new ScopeError();
  if (viewer.role === 'learner' && requestedUserIds(params).some((id) => id !== viewer.userId)) throw new ScopeError();
}

/**
 * Throws a ScopeError unless `scope` was resolved for this viewer and covers everything the request names. Adapters
 * run it on the scope they resolved, the client again on the scope an adapter answered under (defence in depth).
 */
export function assertScopeCovers(viewer: Viewer, params: AnyParams, scope: ResolvedScope): void {
  const v = scope.viewer;
  if (scope.orgId !== viewer.orgId || v.orgId !== viewer.orgId || v.userId !== viewer.userId || v.role !== viewer.role) {
    throw new ScopeError(`The backend answered under a scope resolved for another viewer than "${viewer.userId}"`);
  }
  checkRequestRules(viewer, params);
  if (params.teamId !== undefined && scope.teamIds !== null && !scope.teamIds.includes(params.teamId)) throw new ScopeError();
  const visible = scope.userIds;
  if (visible !== null && requestedUserIds(params).some((id) => !visible.includes(id))) throw new ScopeError();
}
