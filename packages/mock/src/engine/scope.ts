import { ScopeError, type ResolvedScope, type ScopeRequest } from '@learnlens/data-client';
import type { MockDataset } from '../dataset/dataset.types.js';

/**
 * Resolves a viewer's scope from the dataset's own users and teams, as a real backend would: the viewer must
 * be a member of their org with the role they claim; managers see their teams' learners, learners themselves
 * (and their team as pseudonymised peers).
 */
export function resolveScope(dataset: MockDataset, { viewer, userIds }: ScopeRequest): ResolvedScope {
  const orgId = viewer.orgId;
  if (!dataset.index.org.has(orgId)) throw new ScopeError(`Org "${orgId}" does not exist`);
  const self = dataset.users[dataset.index.user.get(viewer.userId) ?? -1];
  if (!self || self.org_id !== orgId) {
    throw new ScopeError(`Viewer "${viewer.userId}" is not a member of org "${orgId}"`);
  }
  if (self.role !== viewer.role) {
    throw new ScopeError(`Viewer "${viewer.userId}" is a ${self.role} in org "${orgId}", not a ${viewer.role}`);
  }
  const orgTeams = dataset.teams.filter((t) => t.org_id === orgId);
  const membersOf = (teams: Set<string>) =>
    dataset.users.filter((u) => u.org_id === orgId && u.team_id !== null && teams.has(u.team_id) && u.role === 'learner');

  let teamIds: string[];
  let visible: string[] | null;
  let peers: string[] | null;
  if (viewer.role === 'admin') {
    teamIds = orgTeams.map((t) => t.team_id);
    visible = null;
    peers = null;
  } else if (viewer.role === 'manager') {
    teamIds = orgTeams.filter((t) => t.manager_id === viewer.userId).map((t) => t.team_id);
    visible = [viewer.userId, ...membersOf(new Set(teamIds)).map((u) => u.user_id)];
    peers = visible;
  } else {
    teamIds = self.team_id ? [self.team_id] : [];
    visible = [viewer.userId];
    const mates = membersOf(new Set(teamIds)).map((u) => u.user_id);
    peers = mates.includes(viewer.userId) ? mates : [viewer.userId, ...mates];
  }
  const foreignUserIds = userIds.filter((id) => dataset.users[dataset.index.user.get(id) ?? -1]?.org_id !== orgId);
  return { orgId, viewer, teamIds, userIds: visible, peerUserIds: peers, foreignUserIds };
}
