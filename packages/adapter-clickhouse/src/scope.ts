import { ScopeError, type ResolvedScope, type ScopeRequest } from '@learnlens/data-client';
import type { Row } from './connection.js';
import { inList, str } from './literal.js';
import type { TableRefs } from './tables.js';

// The order ClickHouse sorts strings in (UTF-8 bytes, i.e. code points), not JavaScript's UTF-16 code units.
function byCodePoints(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const d = x[i]!.codePointAt(0)! - y[i]!.codePointAt(0)!;
    if (d !== 0) return d;
  }
  return x.length - y.length;
}

interface Member {
  userId: string;
  teamId: string | null;
  role: string;
}

/**
 * Resolves a viewer's scope from the database's own orgs, teams and users, with the mock engine's semantics: the
 * viewer must be a member of their org with the role they claim; an admin sees the org, a manager their teams'
 * learners (and themselves), a learner themselves (and their team's learners as peers).
 *
 * One statement reads the org's membership rows (the org, its teams, the viewer, the learners a non-admin may see
 * and the requested users); the lists are assembled here, ordered by id.
 */
export async function resolveScope(
  select: (sql: string) => Promise<Row[]>,
  t: TableRefs,
  { viewer, userIds }: ScopeRequest,
): Promise<ResolvedScope> {
  const org = str(viewer.orgId);
  const wanted = [`user_id = ${str(viewer.userId)}`, inList('user_id', userIds)];
  if (viewer.role !== 'admin') wanted.push(`role = 'learner'`);
  const rows = await select(
    `SELECT 'org' AS kind, org_id AS id, '' AS team, '' AS role FROM ${t.orgs} WHERE org_id = ${org}
     UNION ALL
     SELECT 'team' AS kind, team_id AS id, manager_id AS team, '' AS role FROM ${t.teams} WHERE org_id = ${org}
     UNION ALL
     SELECT 'user' AS kind, user_id AS id, ifNull(team_id, '') AS team, role FROM ${t.users}
     WHERE org_id = ${org} AND (${wanted.join(' OR ')})`,
  );
  rows.sort((a, b) => byCodePoints(a.id as string, b.id as string));
  const orgId = viewer.orgId;
  if (!rows.some((r) => r.kind === 'org')) throw new ScopeError(`Org "${orgId}" does not exist`);
  const teams = rows.filter((r) => r.kind === 'team').map((r) => ({ teamId: r.id as string, managerId: r.team as string }));
  const users: Member[] = rows
    .filter((r) => r.kind === 'user')
    // Ids are never empty (domain schema), so '' stands for a NULL team.
    .map((r) => ({ userId: r.id as string, teamId: (r.team as string) || null, role: r.role as string }));
  const self = users.find((u) => u.userId === viewer.userId);
  if (!self) throw new ScopeError(`Viewer "${viewer.userId}" is not a member of org "${orgId}"`);
  if (self.role !== viewer.role) {
    throw new ScopeError(`Viewer "${viewer.userId}" is a ${self.role} in org "${orgId}", not a ${viewer.role}`);
  }
  const learnersOf = (teamIds: Set<string>) =>
    users.filter((u) => u.role === 'learner' && u.teamId !== null && teamIds.has(u.teamId)).map((u) => u.userId);

  let teamIds: string[];
  let visible: string[] | null;
  let peers: string[] | null;
  if (viewer.role === 'admin') {
    teamIds = teams.map((team) => team.teamId);
    visible = null;
    peers = null;
  } else if (viewer.role === 'manager') {
    teamIds = teams.filter((team) => team.managerId === viewer.userId).map((team) => team.teamId);
    visible = [viewer.userId, ...learnersOf(new Set(teamIds))];
    peers = visible;
  } else {
    teamIds = self.teamId ? [self.teamId] : [];
    visible = [viewer.userId];
    const mates = learnersOf(new Set(teamIds));
    peers = mates.includes(viewer.userId) ? mates : [viewer.userId, ...mates];
  }
  const members = new Set(users.map((u) => u.userId));
  const foreignUserIds = userIds.filter((id) => !members.has(id));
  return { orgId, viewer, teamIds, userIds: visible, peerUserIds: peers, foreignUserIds };
}
