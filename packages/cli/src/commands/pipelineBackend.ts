import type { ClickHouseStatements } from '@learnlens/pipeline';
import { stringFlag, type FlagValues } from '../args.js';
import { checkUrl, envNameFlag, secretFromEnv } from '../backends/checks.js';
import { UsageError } from '../usageError.js';
import type { CommandContext } from './context.js';

/** The flags of a pipeline command that reach a backend: PostgreSQL's and ClickHouse's. */
export const pipelineBackendFlags = {
  adapter: { type: 'string' },
  'db-url': { type: 'string' },
  'ch-url': { type: 'string' },
  'ch-user': { type: 'string' },
  'ch-password-env': { type: 'string' },
  'ch-database': { type: 'string' },
  'pipeline-schema': { type: 'string' },
} as const;

const ownerOf: Record<string, 'postgres' | 'clickhouse'> = {
  'db-url': 'postgres',
  'ch-url': 'clickhouse',
  'ch-user': 'clickhouse',
  'ch-password-env': 'clickhouse',
  'ch-database': 'clickhouse',
};

/** How `--ch-url`, `--ch-user`, `--ch-password-env` and `--ch-database` reach a ClickHouse server. */
export function clickHouseFlagOptions(values: FlagValues, ctx: CommandContext): { url: string; user?: string; password?: string; database?: string } {
  const url = stringFlag(values, 'ch-url');
  if (url === undefined) throw new UsageError('--adapter clickhouse needs --ch-url URL, e.g. --ch-url http://127.0.0.1:8123');
  checkUrl(ctx, url, '--ch-url', ['http:', 'https:']);
  const passwordEnv = envNameFlag(values, 'ch-password-env');
  const password = passwordEnv === undefined ? undefined : secretFromEnv(ctx, passwordEnv, 'named by --ch-password-env', true);
  const user = stringFlag(values, 'ch-user');
  const database = stringFlag(values, 'ch-database');
  if (database === '') throw new UsageError('--ch-database must not be empty');
  return { url, ...(user !== undefined && { user }), ...(password !== undefined && { password }), ...(database !== undefined && { database }) };
}

/** The backend `validate` or `retention` reads: PostgreSQL (by URL) or ClickHouse (a connection and the seed tables' database). */
export type PipelineBackend =
  | { kind: 'postgres'; url: string }
  | { kind: 'clickhouse'; connection: ClickHouseStatements; database: string };

/** The backend named by `--adapter postgres|clickhouse`, or undefined without `--adapter` (files). */
export async function pipelineBackend(command: string, values: FlagValues, ctx: CommandContext): Promise<PipelineBackend | undefined> {
  const adapter = stringFlag(values, 'adapter');
  for (const [flag, owner] of Object.entries(ownerOf)) {
    if (values[flag] !== undefined && adapter !== owner) throw new UsageError(`--${flag} needs --adapter ${owner}`);
  }
  const schema = stringFlag(values, 'pipeline-schema');
  if (adapter === undefined) {
    if (schema !== undefined) throw new UsageError('--pipeline-schema needs --adapter clickhouse');
    return undefined;
  }
  if (adapter === 'postgres') {
    if (schema !== undefined) throw new UsageError('--pipeline-schema needs --adapter clickhouse here; with PostgreSQL put the schema in the URL (options=-csearch_path=NAME)');
    const url = stringFlag(values, 'db-url') ?? ctx.env.LEARNLENS_DATABASE_URL;
    if (!url) throw new UsageError('--adapter postgres needs --db-url URL or $LEARNLENS_DATABASE_URL');
    ctx.secrets.add(url);
    return { kind: 'postgres', url };
  }
  if (adapter !== 'clickhouse') throw new UsageError(`--adapter must be postgres or clickhouse for "learnlens ${command}", not "${adapter}"`);
  if (schema !== undefined && !/^[A-Za-z_][A-Za-z0-9_]*$/.test(schema)) throw new UsageError(`--pipeline-schema must be a plain identifier, not "${schema}"`);
  const { connectClickHouse } = await import('@learnlens/adapter-clickhouse');
  const connection = connectClickHouse(clickHouseFlagOptions(values, ctx));
  return { kind: 'clickhouse', connection, database: schema ?? connection.database };
}
