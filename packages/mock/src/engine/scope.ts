import {
  scopeFromMembers,
  type OrgMember,
  type OrgTeam,
  type ResolvedScope,
  type ScopeRequest,
  type Team,
  type User,
} from '@learnlens/data-client';
import type { MockDataset } from '../dataset/dataset.types.js';
import { datasetIndex } from './datasetIndex.js';

// A manager's teams, per dataset, built once on first use (a team's learners come from `datasetIndex`).
const teamsByManager = new WeakMap<MockDataset, Map<string, Team[]>>();

function managedTeams(dataset: MockDataset, managerId: string): readonly Team[] {
  let byManager = teamsByManager.get(dataset);
  if (byManager === undefined) {
    byManager = new Map();
    for (const t of dataset.teams) {
      const list = byManager.get(t.manager_id);
      if (list) list.push(t);
      else byManager.set(t.manager_id, [t]);
    }
    teamsByManager.set(dataset, byManager);
  }
  return byManager.get(managerId) ?? [];
}

/**
 * Resolves a viewer's scope from the dataset's own users and teams, as a real backend would, with data-client's
 * `scopeFromMembers` rules. It reads only the rows the request needs — the viewer, the ids it names, the team it names,
 * and the learners of the viewer's own or managed teams — through indexes built once per dataset, so its cost follows
 * the request and the viewer's team, not the org's size.
 */
export function resolveScope(dataset: MockDataset, request: ScopeRequest): ResolvedScope {
  const { viewer, userIds, teamId } = request;
  const orgId = viewer.orgId;
  const { teamLearners } = datasetIndex(dataset);
  const memberOf = (id: string): User | undefined => {
    const i = dataset.index.user.get(id);
    const u = i === undefined ? undefined : dataset.users[i];
    return u !== undefined && u.org_id === orgId ? u : undefined;
  };
  const teamOf = (id: string): Team | undefined => {
    const i = dataset.index.team.get(id);
    const t = i === undefined ? undefined : dataset.teams[i];
    return t !== undefined && t.org_id === orgId ? t : undefined;
  };

  const teams: OrgTeam[] = [];
  const members: OrgMember[] = [];
  const addMember = (u: User) => members.push({ userId: u.user_id, teamId: u.team_id, role: u.role });
  const addTeam = (t: Team, withLearners: boolean) => {
    teams.push({ teamId: t.team_id, managerId: t.manager_id });
    if (withLearners) for (const i of teamLearners.get(t.team_id) ?? []) addMember(dataset.users[i]!);
  };

  const self = memberOf(viewer.userId);
  if (self !== undefined) {
    addMember(self);
    if (viewer.role === 'manager' && self.role === 'manager') {
      for (const t of managedTeams(dataset, self.user_id)) if (t.org_id === orgId) addTeam(t, true);
    } else if (viewer.role === 'learner' && self.role === 'learner' && self.team_id !== null) {
      const own = teamOf(self.team_id);
      if (own) addTeam(own, true);
    }
  }
  if (teamId !== undefined) {
    const named = teamOf(teamId);
    if (named) addTeam(named, false);
  }
  for (const id of userIds) {
    const u = memberOf(id);
    if (u) addMember(u);
  }
  return scopeFromMembers(request, { exists: dataset.index.org.has(orgId), teams, members });
}
