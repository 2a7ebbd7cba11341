import { scopeFromMembers, type ResolvedScope, type ScopeRequest } from '@learnlens/data-client';
import type { Mapping } from './mapping/defineMapping.js';
import { Binds } from './sql/binds.js';
import type { Exec } from './sql/exec.js';


/**
 * Resolves a viewer's scope from the backend's own orgs, teams and users, with the mock engine's semantics: the
 * viewer must be a member of their org with the role they claim; an admin sees the org, a manager their teams'
 * learners (and themselves), a learner themselves (and their team's learners as peers).
 *
 * One statement reads the org, its teams and the users that matter (the viewer, the learners a non-admin may see
 * and the requested users), all filtered by the viewer's org; the lists are in id order.
 */
export async function resolveScope(exec: Exec, mapping: Mapping, { viewer, userIds }: ScopeRequest): Promise<ResolvedScope> {
  const b = new Binds();
  const org = b.text(viewer.orgId);
  const me = b.text(viewer.userId);
  const learnersToo = viewer.role === 'admin' ? 'false' : `u.role = 'learner'`;
  const rows = await exec(
    `SELECT 'org' AS kind, o.org_id AS id, NULL::text AS team_id, NULL::text AS role FROM ${mapping.relation('orgs')} o WHERE o.org_id = ${org}
     UNION ALL
     SELECT 'team', t.team_id, t.manager_id, NULL FROM ${mapping.relation('teams')} t WHERE t.org_id = ${org}
     UNION ALL
     SELECT 'user', u.user_id, u.team_id, u.role FROM ${mapping.relation('users')} u
     WHERE u.org_id = ${org} AND (u.user_id = ${me} OR ${learnersToo} OR u.user_id = ANY(${b.texts(userIds)}))`,
    b.values,
  );
  // Ids in code-point order whatever the database's collation, as the mock engine lists them.
  rows.sort((x, y) => (x.id! < y.id! ? -1 : x.id! > y.id! ? 1 : 0));
  const teams = rows.filter((r) => r.kind === 'team').map((r) => ({ teamId: r.id as string, managerId: r.team_id as string }));
  // A host role the mapping does not translate reads as null.
  const members = rows
    .filter((r) => r.kind === 'user')
    .map((r) => ({ userId: r.id as string, teamId: r.team_id as string | null, role: r.role as string | null }));
  return scopeFromMembers({ viewer, userIds }, { exists: rows.some((r) => r.kind === 'org'), teams, members });
}
