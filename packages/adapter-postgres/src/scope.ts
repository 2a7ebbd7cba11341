import { scopeFromMembers, type ResolvedScope, type ScopeRequest } from '@learnlens/data-client';
import type { Mapping } from './mapping/defineMapping.js';
import { Binds } from './sql/binds.js';
import type { Exec } from './sql/exec.js';

/**
 * Resolves a viewer's scope from the backend's own orgs, teams and users with data-client's `scopeFromMembers` rules
 * (refusing anything the request names outside it). One statement, filtered by the viewer's org, reads only what the
 * request needs: the org, the viewer, the ids and team it names, and — for a manager or a learner — the teams they
 * manage or belong to with those teams' learners. Its cost follows the request and the viewer's team, not the org.
 */
export async function resolveScope(exec: Exec, mapping: Mapping, request: ScopeRequest): Promise<ResolvedScope> {
  const { viewer, userIds, teamId } = request;
  const b = new Binds();
  const org = b.text(viewer.orgId);
  const me = b.text(viewer.userId);
  const users = mapping.relation('users');
  const teams = mapping.relation('teams');
  // The teams whose learners the viewer sees: managed ones for a manager, their own for a learner, none for an admin.
  const ownTeams =
    viewer.role === 'manager'
      ? `SELECT m.team_id FROM ${teams} m WHERE m.org_id = ${org} AND m.manager_id = ${me}`
      : viewer.role === 'learner'
        ? `SELECT s.team_id FROM ${users} s WHERE s.org_id = ${org} AND s.user_id = ${me} AND s.team_id IS NOT NULL`
        : null;
  const named = teamId === undefined ? 'false' : `t.team_id = ${b.text(teamId)}`;
  const rows = await exec(
    `SELECT 'org' AS kind, o.org_id AS id, NULL::text AS team_id, NULL::text AS role FROM ${mapping.relation('orgs')} o WHERE o.org_id = ${org}
     UNION ALL
     SELECT 'team', t.team_id, t.manager_id, NULL FROM ${teams} t
     WHERE t.org_id = ${org} AND (${named}${ownTeams ? ` OR t.team_id IN (${ownTeams})` : ''})
     UNION ALL
     SELECT 'user', u.user_id, u.team_id, u.role FROM ${users} u
     WHERE u.org_id = ${org} AND (u.user_id = ${me} OR u.user_id = ANY(${b.texts(userIds)})${
       ownTeams ? ` OR (u.role = 'learner' AND u.team_id IN (${ownTeams}))` : ''
     })`,
    b.values,
  );
  const teamRows = rows.filter((r) => r.kind === 'team').map((r) => ({ teamId: r.id as string, managerId: r.team_id as string }));
  // A host role the mapping does not translate reads as null.
  const members = rows
    .filter((r) => r.kind === 'user')
    .map((r) => ({ userId: r.id as string, teamId: r.team_id as string | null, role: r.role as string | null }));
  return scopeFromMembers(request, { exists: rows.some((r) => r.kind === 'org'), teams: teamRows, members });
}
