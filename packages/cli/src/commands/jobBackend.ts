import { createClient, type LearnlensClient } from '@learnlens/data-client';
import { directoryFromTables, type DirectoryOrg, type DirectoryUser, type JobDirectory } from '@learnlens/jobs';
import { createMockAdapter } from '@learnlens/mock';
import { choiceFlag, stringFlag, type FlagSpec, type FlagValues } from '../args.js';
import { checkUrl } from '../backends/checks.js';
import { DATABASE_URL_ENV } from '../backends/postgres.js';
import { generatorFlags, loadDataset, checkMockFlags } from '../source.js';
import { UsageError } from '../usageError.js';
import type { CommandContext } from './context.js';

/** The backends the jobs run on: they need the org and member lists (a directory) as well as the catalog. */
export const jobAdapterNames = ['mock', 'postgres'] as const;

/** A job backend name. */
export type JobAdapterName = (typeof jobAdapterNames)[number];

const valueFlag = { type: 'string' } as const;

/** The backend flags of `bi-export`, `digest` and `schedule`. */
export const jobBackendFlags: FlagSpec = {
  adapter: valueFlag,
  ...generatorFlags,
  data: valueFlag,
  'db-url': valueFlag,
  mapping: valueFlag,
};

/** Help text of the job backend flags. */
export const jobBackendHelp = `Backends (--adapter mock|postgres):
  --adapter mock (default): the in-memory engine
  --seed N, --orgs N, --learners N, --days N, --target-attempts N
                         generate the mock dataset (default: seed 1, default sizes)
  --data DIR             instead: read the CSV tables "learnlens dataset --format csv" wrote to DIR
  --adapter postgres: PostgreSQL (or Supabase)
  --db-url URL           default: $LEARNLENS_DATABASE_URL (keeps the password out of the process list); never printed
  --mapping NAME         canonical (default), seed002, seed003 or seed000`;

/** An opened job backend: the catalog client, the directory, and (postgres) a way to run SQL. */
export interface JobBackend {
  name: JobAdapterName;
  client: LearnlensClient;
  directory: JobDirectory;
  /** Runs one SQL statement (postgres only). */
  sql?: (text: string, values?: unknown[]) => Promise<{ rows: Record<string, unknown>[] }>;
  /** The mapping preset (postgres only). */
  mapping?: string;
  /** A dedicated connection, for session state such as advisory locks (postgres only). */
  session?: () => Promise<{ sql: NonNullable<JobBackend['sql']>; release(): void }>;
  close(): Promise<void>;
}

const mappingNames = ['canonical', 'seed002', 'seed003', 'seed000'] as const;

/** Checks the backend flags of a job command and returns how to open the backend (nothing is connected yet). */
export function planJobBackend(values: FlagValues, ctx: CommandContext): () => Promise<JobBackend> {
  const name = choiceFlag(values, 'adapter', jobAdapterNames) ?? 'mock';
  if (name === 'mock') {
    for (const flag of ['db-url', 'mapping']) {
      if (values[flag] !== undefined) throw new UsageError(`--${flag} is a flag of --adapter postgres, not of --adapter mock`);
    }
    checkMockFlags(values);
    return async () => {
      const dataset = await loadDataset(values, ctx.cwd);
      return {
        name,
        client: createClient({ adapter: createMockAdapter({ dataset }) }),
        directory: directoryFromTables(dataset),
        close: async () => undefined,
      };
    };
  }
  const clash = ['data', ...Object.keys(generatorFlags)].find((flag) => values[flag] !== undefined);
  if (clash) throw new UsageError(`--${clash} is a flag of --adapter mock, not of --adapter postgres`);
  const fromFlag = stringFlag(values, 'db-url');
  const url = fromFlag ?? ctx.env[DATABASE_URL_ENV];
  if (url === undefined || url === '') throw new UsageError(`--adapter postgres needs --db-url URL or the environment variable ${DATABASE_URL_ENV}`);
  ctx.secrets.add(url);
  checkUrl(ctx, url, fromFlag !== undefined ? '--db-url' : DATABASE_URL_ENV, ['postgres:', 'postgresql:']);
  const mappingName = choiceFlag(values, 'mapping', mappingNames) ?? 'canonical';
  return async () => {
    const [{ default: pg }, adapterPg] = await Promise.all([import('pg'), import('@learnlens/adapter-postgres')]);
    const mappings = {
      canonical: adapterPg.canonicalMapping,
      seed002: adapterPg.seed002Mapping,
      seed003: adapterPg.seed003Mapping,
      seed000: adapterPg.seed000Mapping,
    };
    const mapping = mappings[mappingName];
    const pool = new pg.Pool({ connectionString: url, max: 4 });
    // An idle client's error (a server restart) must not crash a long-running scheduler.
    pool.on('error', () => undefined);
    const adapter = adapterPg.createPostgresAdapter({ pool, mapping });
    const sql = async (text: string, params: unknown[] = []) => {
      const result = await pool.query(text, params);
      return { rows: result.rows as Record<string, unknown>[] };
    };
    return {
      name,
      client: createClient({ adapter }),
      directory: sqlDirectory(sql, mapping.relation('orgs'), mapping.relation('users')),
      sql,
      mapping: mappingName,
      session: async () => {
        const connection = await pool.connect();
        return {
          sql: async (text: string, params: unknown[] = []) => ({ rows: (await connection.query(text, params)).rows as Record<string, unknown>[] }),
          release: () => connection.release(),
        };
      },
      close: async () => {
        await adapter.close();
        await pool.end();
      },
    };
  };
}

/** Orgs and members read through the mapping's canonical relations (so every preset's own tables work). */
function sqlDirectory(
  sql: NonNullable<JobBackend['sql']>,
  orgs: string,
  users: string,
): JobDirectory {
  return {
    async orgs(): Promise<DirectoryOrg[]> {
      const { rows } = await sql(`SELECT o.org_id::text AS org_id, o.name::text AS name, o.timezone::text AS timezone FROM ${orgs} o ORDER BY 1`);
      return rows.map((r) => ({ orgId: String(r.org_id), name: String(r.name ?? r.org_id), timezone: String(r.timezone ?? 'UTC') }));
    },
    async users(orgId: string): Promise<DirectoryUser[]> {
      const { rows } = await sql(
        `SELECT u.user_id::text AS user_id, u.org_id::text AS org_id, u.role::text AS role, u.display_name::text AS display_name,
                u.email::text AS email, u.team_id::text AS team_id
           FROM ${users} u WHERE u.org_id::text = $1 ORDER BY 1`,
        [orgId],
      );
      return rows.map((r) => ({
        userId: String(r.user_id),
        orgId: String(r.org_id),
        role: r.role as DirectoryUser['role'],
        displayName: String(r.display_name ?? r.user_id),
        email: String(r.email ?? ''),
        teamId: r.team_id === null || r.team_id === undefined ? null : String(r.team_id),
      }));
    },
  };
}
