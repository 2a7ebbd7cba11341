import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { directoryFromTables, type DirectoryTables, type JobDirectory } from '@learnlens/jobs';
import { readRecords, type InputKind } from '@learnlens/pipeline';
import { UsageError } from '../usageError.js';

const kinds = ['parquet', 'csv', 'json'] as const satisfies readonly InputKind[];

/** Reads one canonical table's file in `dir` (Parquet, CSV or JSON, as `learnlens dataset` writes them). */
async function readTable(dir: string, table: string, required: boolean): Promise<Record<string, unknown>[] | undefined> {
  const kind = kinds.find((k) => existsSync(join(dir, `${table}.${k}`)));
  if (kind === undefined) {
    if (!required) return undefined;
    throw new UsageError(`${dir} holds no ${table}.parquet, ${table}.csv or ${table}.json (the jobs read orgs and users from it)`);
  }
  const rows: Record<string, unknown>[] = [];
  for await (const record of readRecords({ path: join(dir, `${table}.${kind}`), kind })) {
    if (record.parseError !== undefined) throw new UsageError(`${record.file}: ${record.parseError}`);
    rows.push(record.value as Record<string, unknown>);
  }
  return rows;
}

const text = (v: unknown) => (v === null || v === undefined ? '' : String(v));

/**
 * The jobs' directory (orgs and their members) from the canonical `orgs`, `users` and `teams` tables in `dir`: the
 * files the DuckDB adapter reads, or a directory export a host keeps beside an HTTP backend.
 */
export async function directoryFromFiles(dir: string): Promise<JobDirectory> {
  const orgs = (await readTable(dir, 'orgs', true))!;
  const users = (await readTable(dir, 'users', true))!;
  const teams = await readTable(dir, 'teams', false);
  const tables: DirectoryTables = {
    orgs: orgs.map((o) => ({ org_id: text(o.org_id), name: text(o.name), timezone: text(o.timezone) || 'UTC' })),
    users: users.map((u) => ({
      user_id: text(u.user_id),
      org_id: text(u.org_id),
      role: text(u.role) as DirectoryTables['users'][number]['role'],
      display_name: text(u.display_name) || text(u.user_id),
      email: text(u.email),
      team_id: u.team_id === null || u.team_id === undefined || u.team_id === '' ? null : text(u.team_id),
    })),
    ...(teams ? { teams: teams.map((t) => ({ team_id: text(t.team_id), manager_id: text(t.manager_id) })) } : {}),
  };
  return directoryFromTables(tables);
}

/** The part of a ClickHouse connection the directory reads with. */
export interface ClickHouseSelect {
  select(sql: string): Promise<Record<string, unknown>[]>;
}

/** The jobs' directory from the ClickHouse adapter's canonical `orgs` and `users` tables (`orgs`/`users` are quoted names). */
export function clickHouseDirectory(connection: ClickHouseSelect, names: { orgs: string; users: string }): JobDirectory {
  return {
    async orgs() {
      const rows = await connection.select(`SELECT org_id, name, timezone FROM ${names.orgs} ORDER BY org_id`);
      return rows.map((r) => ({ orgId: text(r.org_id), name: text(r.name) || text(r.org_id), timezone: text(r.timezone) || 'UTC' }));
    },
    async users(orgId) {
      const quoted = `'${orgId.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
      const rows = await connection.select(
        `SELECT user_id, org_id, role, display_name, email, team_id FROM ${names.users} WHERE org_id = ${quoted} ORDER BY user_id`,
      );
      return rows.map((r) => ({
        userId: text(r.user_id),
        orgId: text(r.org_id),
        role: text(r.role) as 'admin' | 'manager' | 'learner',
        displayName: text(r.display_name) || text(r.user_id),
        email: text(r.email),
        teamId: r.team_id === null || r.team_id === undefined || r.team_id === '' ? null : text(r.team_id),
      }));
    },
  };
}
