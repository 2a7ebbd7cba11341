import { scopeFromMembers, type ResolvedScope, type ScopeRequest } from '@learnlens/data-client';
import type { MockDataset } from '../dataset/dataset.types.js';

/**
 * Resolves a viewer's scope from the dataset's own users and teams, as a real backend would: the viewer must
 * be a member of their org with the role they claim; managers see their teams' learners, learners themselves
 * (and their team as pseudonymised peers). The rules themselves are data-client's `scopeFromMembers`.
 */
export function resolveScope(dataset: MockDataset, request: ScopeRequest): ResolvedScope {
  const orgId = request.viewer.orgId;
  const teams = dataset.teams.filter((t) => t.org_id === orgId).map((t) => ({ teamId: t.team_id, managerId: t.manager_id }));
  const members = dataset.users
    .filter((u) => u.org_id === orgId)
    .map((u) => ({ userId: u.user_id, teamId: u.team_id, role: u.role }));
  return scopeFromMembers(request, { exists: dataset.index.org.has(orgId), teams, members });
}
