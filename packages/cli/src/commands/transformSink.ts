import { clickHouseSink, postgresSink, type TableSink } from '@learnlens/pipeline';
import pg from 'pg';
import { stringFlag, type FlagValues } from '../args.js';
import { clickHouseFlagOptions } from '../backends/clickhouse.js';
import { UsageError } from '../usageError.js';
import type { CommandContext } from './context.js';
import { pipelineAdapterFlag } from './pipelineBackend.js';

/** A backend `transform` copies its tables into, opened; `close` ends its connection. */
export interface OpenSink {
  sink: TableSink;
  close(): Promise<void>;
}

/**
 * `--adapter postgres|clickhouse` of `learnlens transform`: where the tables go besides the files. `--pipeline-schema`
 * names the PostgreSQL schema (ClickHouse database) for seed 001's tables; with `--canonical-org` it is required,
 * because seed 001's `mastery_deltas` and the canonical `mastery_deltas` would otherwise be one table.
 */
export async function openTransformSink(values: FlagValues, ctx: CommandContext, canonicalOrg: string | undefined): Promise<OpenSink | undefined> {
  const adapter = pipelineAdapterFlag(values);
  const schema = stringFlag(values, 'pipeline-schema');
  if (adapter === undefined) {
    if (schema !== undefined) throw new UsageError('--pipeline-schema needs --adapter postgres or clickhouse');
    return undefined;
  }
  if (adapter !== 'postgres' && adapter !== 'clickhouse') {
    throw new UsageError(`--adapter must be postgres or clickhouse for "learnlens transform", not "${adapter}"`);
  }
  if (schema !== undefined && !/^[A-Za-z_][A-Za-z0-9_]*$/.test(schema)) throw new UsageError(`--pipeline-schema must be a plain identifier, not "${schema}"`);
  if (canonicalOrg !== undefined && schema === undefined) {
    throw new UsageError(
      `--canonical-org with --adapter ${adapter} needs --pipeline-schema NAME: seed 001's mastery_deltas and the canonical mastery_deltas cannot share one ${adapter === 'postgres' ? 'schema' : 'database'}`,
    );
  }
  if (adapter === 'postgres') {
    const url = stringFlag(values, 'db-url') ?? ctx.env.LEARNLENS_DATABASE_URL;
    if (!url) throw new UsageError('--adapter postgres needs --db-url URL or $LEARNLENS_DATABASE_URL');
    ctx.secrets.add(url);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    if (canonicalOrg !== undefined) {
      // The adapter's canonical tables, where the org's rows go (nothing is created when they exist).
      const { createCanonicalSchema } = await import('@learnlens/adapter-postgres');
      await createCanonicalSchema(client).catch(async (error: unknown) => {
        await client.end();
        throw error;
      });
    }
    return { sink: postgresSink(client, schema === undefined ? {} : { schema }), close: () => client.end() };
  }
  const options = clickHouseFlagOptions(values, ctx);
  const { connectClickHouse, createCanonicalSchema } = await import('@learnlens/adapter-clickhouse');
  const connection = connectClickHouse(options);
  // The adapter's canonical tables, where the org's rows go (nothing is created when they exist).
  if (canonicalOrg !== undefined) await createCanonicalSchema(options);
  return { sink: clickHouseSink(connection, schema === undefined ? {} : { database: schema }), close: async () => undefined };
}
