import { scopeFromMembers, type ResolvedScope, type ScopeRequest } from '@learnlens/data-client';
import type { Row } from './connection.js';
import { inList, str } from './literal.js';
import type { TableRefs } from './tables.js';

/**
 * Resolves a viewer's scope from the database's own orgs, teams and users with data-client's `scopeFromMembers` rules
 * (refusing anything the request names outside it). One statement, filtered by the viewer's org, reads only what the
 * request needs: the org, the viewer, the ids and team it names, and — for a manager or a learner — the teams they
 * manage or belong to with those teams' learners. The dimension tables are local on every node (docs), so the
 * subqueries never cross shards.
 */
export async function resolveScope(
  select: (sql: string) => Promise<Row[]>,
  t: TableRefs,
  request: ScopeRequest,
): Promise<ResolvedScope> {
  const { viewer, userIds, teamId } = request;
  const org = str(viewer.orgId);
  const me = str(viewer.userId);
  // The teams whose learners the viewer sees: managed ones for a manager, their own for a learner, none for an admin.
  const ownTeams =
    viewer.role === 'manager'
      ? `SELECT team_id FROM ${t.teams} WHERE org_id = ${org} AND manager_id = ${me}`
      : viewer.role === 'learner'
        ? `SELECT assumeNotNull(team_id) FROM ${t.users} WHERE org_id = ${org} AND user_id = ${me} AND isNotNull(team_id)`
        : null;
  const teamWanted = [teamId === undefined ? '0' : `team_id = ${str(teamId)}`];
  if (ownTeams) teamWanted.push(`team_id IN (${ownTeams})`);
  const userWanted = [`user_id = ${me}`, inList('user_id', userIds)];
  if (ownTeams) userWanted.push(`(role = 'learner' AND isNotNull(team_id) AND assumeNotNull(team_id) IN (${ownTeams}))`);
  const rows = await select(
    `SELECT 'org' AS kind, org_id AS id, '' AS team, '' AS role FROM ${t.orgs} WHERE org_id = ${org}
     UNION ALL
     SELECT 'team' AS kind, team_id AS id, manager_id AS team, '' AS role FROM ${t.teams}
     WHERE org_id = ${org} AND (${teamWanted.join(' OR ')})
     UNION ALL
     SELECT 'user' AS kind, user_id AS id, ifNull(team_id, '') AS team, role FROM ${t.users}
     WHERE org_id = ${org} AND (${userWanted.join(' OR ')})`,
  );
  const teams = rows.filter((r) => r.kind === 'team').map((r) => ({ teamId: r.id as string, managerId: r.team as string }));
  const members = rows
    .filter((r) => r.kind === 'user')
    // Ids are never empty (domain schema), so '' stands for a NULL team.
    .map((r) => ({ userId: r.id as string, teamId: (r.team as string) || null, role: r.role as string }));
  return scopeFromMembers(request, { exists: rows.some((r) => r.kind === 'org'), teams, members });
}
