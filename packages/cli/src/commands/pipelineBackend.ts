import type { ClickHouseStatements } from '@learnlens/pipeline';
import { stringFlag, type FlagValues } from '../args.js';
import { clickHouseFlagOptions } from '../backends/clickhouse.js';
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

// The adapter each connection flag belongs to.
const ownerOf: Record<string, 'postgres' | 'clickhouse'> = {
  'db-url': 'postgres',
  'ch-url': 'clickhouse',
  'ch-user': 'clickhouse',
  'ch-password-env': 'clickhouse',
  'ch-database': 'clickhouse',
};

/** The backend `validate` or `retention` reads: PostgreSQL (by URL) or ClickHouse (a connection and the seed tables' database). */
export type PipelineBackend =
  | { kind: 'postgres'; url: string }
  | { kind: 'clickhouse'; connection: ClickHouseStatements; database: string };

/** `--adapter`, after refusing any connection flag of another adapter (or given without one). */
export function pipelineAdapterFlag(values: FlagValues): string | undefined {
  const adapter = stringFlag(values, 'adapter');
  for (const [flag, owner] of Object.entries(ownerOf)) {
    if (values[flag] !== undefined && adapter !== owner) throw new UsageError(`--${flag} needs --adapter ${owner}`);
  }
  return adapter;
}

/** The backend named by `--adapter postgres|clickhouse`, or undefined without `--adapter` (files). */
export async function pipelineBackend(command: string, values: FlagValues, ctx: CommandContext): Promise<PipelineBackend | undefined> {
  const adapter = pipelineAdapterFlag(values);
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
