import { ScopeError } from './errors.js';
import type { ResolvedScope, ScopeRequest } from './viewer.js';

/** A member of the viewer's org as a backend reads it: id, team, role (null when the host's role has no Learnlens role). */
export interface OrgMember {
  userId: string;
  teamId: string | null;
  role: string | null;
}

/** A team of the viewer's org and its manager. */
export interface OrgTeam {
  teamId: string;
  managerId: string;
}

/**
 * The scope rules, applied to the membership rows a backend read for one request (the viewer, the learners a
 * non-admin may see and the requested users, all of the viewer's org, in the order lists should have): the
 * viewer must be a member with the role they claim; an admin sees the org, a manager themselves and their teams'
 * learners, a learner themselves and, as peers, their team's learners. Every SQL adapter and the mock share it.
 */
export function scopeFromMembers(
  { viewer, userIds }: Pick<ScopeRequest, 'viewer' | 'userIds'>,
  org: { exists: boolean; teams: readonly OrgTeam[]; members: readonly OrgMember[] },
): ResolvedScope {
  const orgId = viewer.orgId;
  if (!org.exists) throw new ScopeError(`Org "${orgId}" does not exist`);
  const self = org.members.find((u) => u.userId === viewer.userId);
  if (!self) throw new ScopeError(`Viewer "${viewer.userId}" is not a member of org "${orgId}"`);
  if (self.role !== viewer.role) {
    const actual = self.role === null ? 'member without a Learnlens role' : self.role;
    throw new ScopeError(`Viewer "${viewer.userId}" is a ${actual} in org "${orgId}", not a ${viewer.role}`);
  }
  const learnersOf = (teamIds: Set<string>) =>
    org.members.filter((u) => u.role === 'learner' && u.teamId !== null && teamIds.has(u.teamId)).map((u) => u.userId);

  let teamIds: string[];
  let visible: string[] | null;
  let peers: string[] | null;
  if (viewer.role === 'admin') {
    teamIds = org.teams.map((t) => t.teamId);
    visible = null;
    peers = null;
  } else if (viewer.role === 'manager') {
    teamIds = org.teams.filter((t) => t.managerId === viewer.userId).map((t) => t.teamId);
    visible = [viewer.userId, ...learnersOf(new Set(teamIds))];
    peers = visible;
  } else {
    teamIds = self.teamId ? [self.teamId] : [];
    visible = [viewer.userId];
    const mates = learnersOf(new Set(teamIds));
    peers = mates.includes(viewer.userId) ? mates : [viewer.userId, ...mates];
  }
  const members = new Set(org.members.map((u) => u.userId));
  const foreignUserIds = userIds.filter((id) => !members.has(id));
  return { orgId, viewer, teamIds, userIds: visible, peerUserIds: peers, foreignUserIds };
}
