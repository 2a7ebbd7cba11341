import { stringFlag, type FlagValues } from '../args.js';
import type { CommandContext } from '../commands/context.js';
import { UsageError } from '../usageError.js';
import { openedWith, type BackendPlan } from './backend.js';
import { checkUrl, envNameFlag, secretFromEnv } from './checks.js';

/** The connection `--ch-url`, `--ch-user`, `--ch-password-env` and `--ch-database` describe. */
export interface ClickHouseFlagOptions {
  url: string;
  user?: string;
  password?: string;
  database?: string;
}

/**
 * `--ch-url URL [--ch-user U] [--ch-password-env NAME] [--ch-database D]`: how every command that takes
 * `--adapter clickhouse` reaches ClickHouse over its HTTP interface (the one reading of these flags). The password
 * comes from an environment variable, never from the command line.
 */
export function clickHouseFlagOptions(values: FlagValues, ctx: CommandContext): ClickHouseFlagOptions {
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

/** `--adapter clickhouse`: the adapter over `clickHouseFlagOptions`. */
export function planClickHouse(values: FlagValues, ctx: CommandContext): BackendPlan {
  const options = clickHouseFlagOptions(values, ctx);
  return {
    name: 'clickhouse',
    async open() {
      const { createClickHouseAdapter } = await import('@learnlens/adapter-clickhouse');
      // Plain HTTP requests: nothing to close.
      return openedWith(createClickHouseAdapter(options));
    },
  };
}
