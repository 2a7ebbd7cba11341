import { createClient, type LearnlensClient } from '@learnlens/data-client';
import { directoryFromTables, type BiFileSource, type DirectoryOrg, type DirectoryUser, type JobDirectory } from '@learnlens/jobs';
import { createMockAdapter } from '@learnlens/mock';
import { resolve } from 'node:path';
import { choiceFlag, stringFlag, type FlagSpec, type FlagValues } from '../args.js';
import { adapterFlag } from '../backends/adapterFlags.js';
import { checkUrl, envNameFlag, secretFromEnv } from '../backends/checks.js';
import { planBackend } from '../backends/plan.js';
import { DATABASE_URL_ENV } from '../backends/postgres.js';
import { generatorFlags, loadDataset, checkMockFlags } from '../source.js';
import { UsageError } from '../usageError.js';
import type { CommandContext } from './context.js';
import { clickHouseDirectory, directoryFromFiles } from './jobDirectory.js';

/**
 * The backends the jobs run on. Their numbers come through the client (the catalog, as on every adapter); they also
 * need the org and member lists (a directory): from the dataset (mock), the mapped tables (postgres), the data files
 * (duckdb), the canonical tables (clickhouse), or `--directory DIR` (any backend; required with http).
 */
export const jobAdapterNames = ['mock', 'postgres', 'duckdb', 'clickhouse', 'http'] as const;

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
  'data-format': valueFlag,
  'ch-url': valueFlag,
  'ch-user': valueFlag,
  'ch-password-env': valueFlag,
  'ch-database': valueFlag,
  url: valueFlag,
  'token-env': valueFlag,
  directory: valueFlag,
};

/** Help text of the job backend flags. */
export const jobBackendHelp = `Backends (--adapter mock|postgres|duckdb|clickhouse|http):
  --adapter mock (default): the in-memory engine
  --seed N, --orgs N, --learners N, --days N, --target-attempts N
                         generate the mock dataset (default: seed 1, default sizes)
  --data DIR             instead: read the CSV tables "learnlens dataset --format csv" wrote to DIR
  --adapter postgres: PostgreSQL (or Supabase)
  --db-url URL           default: $LEARNLENS_DATABASE_URL (keeps the password out of the process list); never printed
  --mapping NAME         canonical (default), seed002, seed003 or seed000
  --adapter duckdb --data DIR [--data-format parquet|csv]: the files "learnlens dataset" wrote
  --adapter clickhouse --ch-url URL [--ch-user U] [--ch-password-env NAME] [--ch-database D]
  --adapter http --url BASE_URL --token-env NAME --directory DIR: a Learnlens server
  --directory DIR        read the orgs and members from DIR/orgs and DIR/users (Parquet, CSV or JSON) instead
                         of the backend (required with --adapter http, which serves only the catalog)`;

/** An opened job backend: the catalog client, the directory, and (postgres) a way to run SQL. */
export interface JobBackend {
  name: JobAdapterName;
  client: LearnlensClient;
  directory: JobDirectory;
  /** Runs one SQL statement (postgres only). */
  sql?: (text: string, values?: unknown[]) => Promise<{ rows: Record<string, unknown>[] }>;
  /** The mapping preset (postgres only). */
  mapping?: string;
  /** The BI file built and audited by the backend itself (http: the server's analytics export route). */
  biFileSource?: BiFileSource;
  /** A dedicated connection, for session state such as advisory locks (postgres only). */
  session?: () => Promise<{ sql: NonNullable<JobBackend['sql']>; release(): void }>;
  close(): Promise<void>;
}

const mappingNames = ['canonical', 'seed002', 'seed003', 'seed000'] as const;

/** Checks the backend flags of a job command and returns how to open the backend (nothing is connected yet). */
export function planJobBackend(values: FlagValues, ctx: CommandContext): () => Promise<JobBackend> {
  const name = choiceFlag(values, 'adapter', jobAdapterNames) ?? 'mock';
  const directoryDir = stringFlag(values, 'directory');
  if (name === 'mock') {
    for (const flag of ['db-url', 'mapping']) {
      if (values[flag] !== undefined) throw new UsageError(`--${flag} is a flag of --adapter postgres, not of --adapter mock`);
    }
    adapterFlag(values, ['mock']);
    if (directoryDir !== undefined) throw new UsageError('--directory is for --adapter duckdb, clickhouse, http or postgres; the mock dataset is its own directory');
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
  if (name !== 'postgres') return planCatalogJobBackend(name, values, ctx, directoryDir);
  const clash = ['data', ...Object.keys(generatorFlags)].find((flag) => values[flag] !== undefined);
  if (clash) throw new UsageError(`--${clash} is a flag of --adapter mock, not of --adapter postgres`);
  adapterFlag(values, ['postgres']);
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
      directory: directoryDir !== undefined ? await directoryFromFiles(resolve(ctx.cwd, directoryDir)) : sqlDirectory(sql, mapping.relation('orgs'), mapping.relation('users')),
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

/**
 * A job backend over any adapter's client (duckdb, clickhouse, http): the numbers go through the catalog as on
 * every adapter, the directory comes from `--directory DIR`, else the DuckDB data files or ClickHouse's tables.
 */
function planCatalogJobBackend(name: 'duckdb' | 'clickhouse' | 'http', values: FlagValues, ctx: CommandContext, directoryDir: string | undefined): () => Promise<JobBackend> {
  adapterFlag(values, [name]);
  const plan = planBackend(name, values, ctx);
  if (name === 'http' && directoryDir === undefined) {
    throw new UsageError('--adapter http needs --directory DIR (orgs and users tables): the server answers the catalog, not who is in an org');
  }
  const fromFiles = directoryDir ?? (name === 'duckdb' ? stringFlag(values, 'data') : undefined);
  return async () => {
    const directory = fromFiles !== undefined ? await directoryFromFiles(resolve(ctx.cwd, fromFiles)) : await clickHouseJobDirectory(values, ctx);
    const backend = await plan.open();
    const opened: JobBackend = { name, client: backend.client, directory, close: () => backend.close() };
    if (name === 'http') {
      // The server serves every attempt only on its audited analytics route, which builds the BI file there.
      const adapter = backend.adapter as import('@learnlens/adapter-http').HttpAdapter;
      opened.biFileSource = (request) => adapter.exportAnalytics(request);
    }
    return opened;
  };
}

/** The directory over the ClickHouse adapter's canonical tables, with the same connection flags. */
async function clickHouseJobDirectory(values: FlagValues, ctx: CommandContext): Promise<JobDirectory> {
  const { connectClickHouse, tableRefs } = await import('@learnlens/adapter-clickhouse');
  const passwordEnv = envNameFlag(values, 'ch-password-env');
  const password = passwordEnv === undefined ? undefined : secretFromEnv(ctx, passwordEnv, 'named by --ch-password-env', true);
  const user = stringFlag(values, 'ch-user');
  const database = stringFlag(values, 'ch-database');
  const connection = connectClickHouse({
    url: stringFlag(values, 'ch-url')!,
    ...(user !== undefined && { user }),
    ...(password !== undefined && { password }),
    ...(database !== undefined && { database }),
  });
  const refs = tableRefs();
  return clickHouseDirectory(connection, { orgs: refs.orgs, users: refs.users });
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
