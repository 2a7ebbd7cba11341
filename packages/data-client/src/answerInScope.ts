import type { AdapterAnswer, AdapterRequest, QueryRequest } from './adapter.js';
import { catalog } from './catalog/index.js';
import { ScopeError } from './errors.js';
import { assertScopeCovers, checkRequestRules, scopeRequestOf } from './scopeRules.js';
import type { ResolvedScope, ScopeRequest } from './viewer.js';

export { assertScopeCovers, checkRequestRules, requestedUserIds, scopeRequestOf } from './scopeRules.js';

/**
 * The common part of every adapter's `run`: checks the rules, resolves the scope once with `resolve` (from the
 * backend's own tables; it throws ScopeError for anything outside), and answers under exactly that scope with
 * `answer`. The scope never leaves the call until it comes back with the result.
 */
export async function answerInScope(
  request: QueryRequest,
  resolve: (scopeRequest: ScopeRequest) => ResolvedScope | Promise<ResolvedScope>,
  answer: (scoped: AdapterRequest) => unknown,
): Promise<AdapterAnswer> {
  const { name, params, viewer } = request;
  checkRequestRules(viewer, params);
  const scope = await resolve(scopeRequestOf(request));
  assertScopeCovers(viewer, params, scope);
  // After resolving: a viewer who is not a member in that role hears so, whatever the query.
  const roles = catalog[name].roles;
  if (roles !== undefined && !roles.includes(viewer.role)) throw new ScopeError();
  const result = await answer({ name, params, scope } as AdapterRequest);
  return { scope, result };
}
