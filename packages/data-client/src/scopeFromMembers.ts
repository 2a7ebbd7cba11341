import { ScopeError, VIEWER_NOT_MEMBER_MESSAGE } from './errors.js';
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
 * The membership rows a backend read for one request, all of the viewer's org and no more than the request needs, so
 * resolving costs in proportion to the ids asked for and the viewer's team, never to the org's size:
 * - `teams`: at least the teams the viewer manages, the viewer's own team and the requested team (when in the org);
 * - `members`: at least the viewer, the requested users that are members, and the learners of the teams the viewer
 *   manages (a manager) or belongs to (a learner).
 * Extra rows of the same org change nothing.
 */
export interface OrgSlice {
  /** Whether the viewer's org exists. */
  exists: boolean;
  teams: readonly OrgTeam[];
  members: readonly OrgMember[];
}

/**
 * Code-point order of two strings (SQL's "C" collation): scope ids are listed in it, whatever order a backend read them
 * in, so every backend's scope lists compare equal; results ordered in JavaScript use it too.
 */
export function byCodePoint(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.codePointAt(i)!;
    const y = b.codePointAt(i)!;
    if (x !== y) return x - y;
    if (x > 0xffff) i++;
  }
  return a.length - b.length;
}

/**
 * The scope rules, applied to the rows a backend read for one request: the viewer must be a member of their org with
 * the role they claim; an admin sees the org, a manager themselves and their teams' learners, a learner themselves and,
 * as pseudonymised peers, their team's learners. Anything the request names outside that — a team or user of another
 * org, outside the viewer's teams, a teammate named by a learner, or no such id at all — is refused with one
 * ScopeError, the same whatever the reason. Every adapter (the mock and each SQL adapter) shares it.
 */
export function scopeFromMembers({ viewer, userIds, teamId }: ScopeRequest, org: OrgSlice): ResolvedScope {
  const self = org.exists ? org.members.find((u) => u.userId === viewer.userId) : undefined;
  if (!self || self.role !== viewer.role) throw new ScopeError(VIEWER_NOT_MEMBER_MESSAGE);
  // A row may be listed twice (a requested user who is also a teammate, a named team that is also managed); each id
  // counts once.
  const learnersOf = (teams: readonly string[]) => [
    ...new Set(org.members.filter((u) => u.role === 'learner' && u.teamId !== null && teams.includes(u.teamId)).map((u) => u.userId)),
  ].sort(byCodePoint);

  let teamIds: string[] | null;
  let visible: string[] | null;
  let peers: string[] | null;
  if (viewer.role === 'admin') {
    teamIds = null;
    visible = null;
    peers = null;
  } else if (viewer.role === 'manager') {
    teamIds = [...new Set(org.teams.filter((t) => t.managerId === viewer.userId).map((t) => t.teamId))].sort(byCodePoint);
    visible = [viewer.userId, ...learnersOf(teamIds).filter((u) => u !== viewer.userId)].sort(byCodePoint);
    peers = visible;
  } else {
    teamIds = self.teamId ? [self.teamId] : [];
    visible = [viewer.userId];
    const mates = learnersOf(teamIds);
    peers = mates.includes(viewer.userId) ? mates : [viewer.userId, ...mates].sort(byCodePoint);
  }

  if (teamId !== undefined && !(teamIds === null ? org.teams.some((t) => t.teamId === teamId) : teamIds.includes(teamId))) {
    throw new ScopeError();
  }
  for (const id of userIds) {
    const allowed = visible === null ? org.members.some((u) => u.userId === id) : visible.includes(id);
    if (!allowed) throw new ScopeError();
  }
  return { orgId: viewer.orgId, viewer, teamIds, userIds: visible, peerUserIds: peers };
}
