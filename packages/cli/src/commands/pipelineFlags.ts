import { resolve } from 'node:path';
import { listFlag, type FlagValues } from '../args.js';
import { UsageError } from '../usageError.js';
import type { CommandContext } from './context.js';

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
