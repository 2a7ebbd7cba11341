import { scopeFromMembers, type ResolvedScope, type ScopeRequest } from '@learnlens/data-client';
import { Binds } from './sql/binds.js';
import type { Exec } from './sql/exec.js';


/**
 * Resolves a viewer's scope from the dataset's own orgs, users and teams, with the mock engine's semantics: the
 * viewer must be a member of their org with the role they claim; an admin sees the org, a manager their teams'
 * learners (and themselves), a learner themselves (and their team's learners as peers).
 *
 * One statement reads the org's membership rows (the org, its teams, the viewer, the learners a non-admin may see
 * and the requested users); the lists are then assembled in table order.
 */
export async function resolveScope(exec: Exec, { viewer, userIds }: ScopeRequest): Promise<ResolvedScope> {
  const b = new Binds();
  const org = b.text(viewer.orgId);
  const me = b.text(viewer.userId);
  const learnersToo = viewer.role === 'admin' ? 'false' : `role = 'learner'`;
  const rows = await exec(
    `SELECT 'org' AS kind, org_id AS id, NULL AS team_id, NULL AS role, 0 AS r FROM orgs WHERE org_id = ${org}
     UNION ALL
     SELECT 'team', team_id, manager_id, NULL, rowid FROM teams WHERE org_id = ${org}
     UNION ALL
     SELECT 'user', user_id, team_id, role, rowid FROM users
     WHERE org_id = ${org} AND (user_id = ${me} OR ${learnersToo} OR user_id IN (SELECT unnest(${b.texts(userIds)})))
     ORDER BY kind, r`,
    b,
  );
  const teams = rows.filter((r) => r.kind === 'team').map((r) => ({ teamId: r.id as string, managerId: r.team_id as string }));
  const members = rows
    .filter((r) => r.kind === 'user')
    .map((r) => ({ userId: r.id as string, teamId: r.team_id as string | null, role: r.role as string }));
  return scopeFromMembers({ viewer, userIds }, { exists: rows.some((r) => r.kind === 'org'), teams, members });
}
