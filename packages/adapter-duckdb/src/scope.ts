import { scopeFromMembers, type ResolvedScope, type ScopeRequest } from '@learnlens/data-client';
import { Binds } from './sql/binds.js';
import type { Exec } from './sql/exec.js';

/**
 * Resolves a viewer's scope from the dataset's own orgs, teams and users with data-client's `scopeFromMembers` rules
 * (refusing anything the request names outside it). One statement, filtered by the viewer's org, reads only what the
 * request needs: the org, the viewer, the ids and team it names, and — for a manager or a learner — the teams they
 * manage or belong to with those teams' learners; never every learner of the org.
 */
export async function resolveScope(exec: Exec, request: ScopeRequest): Promise<ResolvedScope> {
  const { viewer, userIds, teamId } = request;
  const b = new Binds();
  const org = b.text(viewer.orgId);
  const me = b.text(viewer.userId);
  // The teams whose learners the viewer sees: managed ones for a manager, their own for a learner, none for an admin.
  const ownTeams =
    viewer.role === 'manager'
      ? `SELECT team_id FROM teams WHERE org_id = ${org} AND manager_id = ${me}`
      : viewer.role === 'learner'
        ? `SELECT team_id FROM users WHERE org_id = ${org} AND user_id = ${me} AND team_id IS NOT NULL`
        : null;
  const named = teamId === undefined ? 'false' : `team_id = ${b.text(teamId)}`;
  const rows = await exec(
    `SELECT 'org' AS kind, org_id AS id, NULL AS team_id, NULL AS role FROM orgs WHERE org_id = ${org}
     UNION ALL
     SELECT 'team', team_id, manager_id, NULL FROM teams
     WHERE org_id = ${org} AND (${named}${ownTeams ? ` OR team_id IN (${ownTeams})` : ''})
     UNION ALL
     SELECT 'user', user_id, team_id, role FROM users
     WHERE org_id = ${org} AND (user_id = ${me} OR user_id IN (SELECT unnest(${b.texts(userIds)}))${
       ownTeams ? ` OR (role = 'learner' AND team_id IN (${ownTeams}))` : ''
     })`,
    b,
  );
  const teams = rows.filter((r) => r.kind === 'team').map((r) => ({ teamId: r.id as string, managerId: r.team_id as string }));
  const members = rows
    .filter((r) => r.kind === 'user')
    .map((r) => ({ userId: r.id as string, teamId: r.team_id as string | null, role: r.role as string }));
  return scopeFromMembers(request, { exists: rows.some((r) => r.kind === 'org'), teams, members });
}
