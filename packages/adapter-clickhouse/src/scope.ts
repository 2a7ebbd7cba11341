import { scopeFromMembers, type ResolvedScope, type ScopeRequest } from '@learnlens/data-client';
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
  const teams = rows.filter((r) => r.kind === 'team').map((r) => ({ teamId: r.id as string, managerId: r.team as string }));
  const members = rows
    .filter((r) => r.kind === 'user')
    // Ids are never empty (domain schema), so '' stands for a NULL team.
    .map((r) => ({ userId: r.id as string, teamId: (r.team as string) || null, role: r.role as string }));
  return scopeFromMembers({ viewer, userIds }, { exists: rows.some((r) => r.kind === 'org'), teams, members });
}
