import { stringFlag, type FlagValues } from '../args.js';
import type { CommandContext } from '../commands/context.js';
import { UsageError } from '../usageError.js';
import { openedWith, type BackendPlan } from './backend.js';
import { checkUrl, envNameFlag, secretFromEnv } from './checks.js';

/**
 * `--adapter clickhouse --ch-url URL [--ch-user U] [--ch-password-env NAME] [--ch-database D]`: ClickHouse over its HTTP
 * interface. The password comes from an environment variable, never from the command line.
 */
export function planClickHouse(values: FlagValues, ctx: CommandContext): BackendPlan {
  const text = stringFlag(values, 'ch-url');
  if (text === undefined) throw new UsageError('--adapter clickhouse needs --ch-url URL, e.g. --ch-url http://127.0.0.1:8123');
  checkUrl(ctx, text, '--ch-url', ['http:', 'https:']);
  const passwordEnv = envNameFlag(values, 'ch-password-env');
  const password = passwordEnv === undefined ? undefined : secretFromEnv(ctx, passwordEnv, 'named by --ch-password-env', true);
  const user = stringFlag(values, 'ch-user');
  const database = stringFlag(values, 'ch-database');
  if (database === '') throw new UsageError('--ch-database must not be empty');
  return {
    name: 'clickhouse',
    async open() {
      const { createClickHouseAdapter } = await import('@learnlens/adapter-clickhouse');
      const options = { url: text, ...(user !== undefined && { user }), ...(password !== undefined && { password }), ...(database !== undefined && { database }) };
      // Plain HTTP requests: nothing to close.
      return openedWith(createClickHouseAdapter(options));
    },
  };
}
