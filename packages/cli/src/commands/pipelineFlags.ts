import { resolve } from 'node:path';
import { listFlag, stringFlag, type FlagValues } from '../args.js';
import { UsageError } from '../usageError.js';
import type { CommandContext } from './context.js';

/** The PostgreSQL URL of a pipeline command given `--adapter postgres`, or undefined without it. */
export function postgresUrl(command: string, values: FlagValues, ctx: CommandContext): string | undefined {
  const adapter = stringFlag(values, 'adapter');
  if (adapter === undefined) {
    if (stringFlag(values, 'db-url') !== undefined) throw new UsageError(`--db-url needs --adapter postgres`);
    return undefined;
  }
  if (adapter !== 'postgres') throw new UsageError(`--adapter must be postgres for "learnlens ${command}", not "${adapter}"`);
  const url = stringFlag(values, 'db-url') ?? ctx.env.LEARNLENS_DATABASE_URL;
  if (!url) throw new UsageError('--adapter postgres needs --db-url URL or $LEARNLENS_DATABASE_URL');
  ctx.secrets.add(url);
  return url;
}

/** Every `--events` path, resolved against the working directory. */
export function eventPaths(values: FlagValues, ctx: CommandContext): string[] {
  return listFlag(values, 'events').map((p) => resolve(ctx.cwd, p));
}

/** A `YYYY-MM-DD` flag value, checked. */
export function dateValue(flag: string, text: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text) || Number.isNaN(Date.parse(`${text}T00:00:00Z`))) {
    throw new UsageError(`--${flag} must be a date YYYY-MM-DD, not "${text}"`);
  }
  return text;
}
