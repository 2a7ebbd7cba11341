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

/** Membership lookups of one dataset, built once: a team's learners and a manager's teams. */
interface MembershipIndex {
  learnersByTeam: Map<string, User[]>;
  teamsByManager: Map<string, Team[]>;
}

// One index per dataset object, built on its first scope resolution (datasets are not changed after they are made).
const indexes = new WeakMap<MockDataset, MembershipIndex>();

function membershipIndex(dataset: MockDataset): MembershipIndex {
  let index = indexes.get(dataset);
  if (index === undefined) {
    const learnersByTeam = new Map<string, User[]>();
    for (const u of dataset.users) {
      if (u.role !== 'learner' || u.team_id === null) continue;
      const list = learnersByTeam.get(u.team_id);
      if (list) list.push(u);
      else learnersByTeam.set(u.team_id, [u]);
    }
    const teamsByManager = new Map<string, Team[]>();
    for (const t of dataset.teams) {
      const list = teamsByManager.get(t.manager_id);
      if (list) list.push(t);
      else teamsByManager.set(t.manager_id, [t]);
    }
    index = { learnersByTeam, teamsByManager };
    indexes.set(dataset, index);
  }
  return index;
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
  const index = membershipIndex(dataset);
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
    if (withLearners) for (const u of index.learnersByTeam.get(t.team_id) ?? []) addMember(u);
  };

  const self = memberOf(viewer.userId);
  if (self !== undefined) {
    addMember(self);
    if (viewer.role === 'manager' && self.role === 'manager') {
      for (const t of index.teamsByManager.get(self.user_id) ?? []) if (t.org_id === orgId) addTeam(t, true);
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
