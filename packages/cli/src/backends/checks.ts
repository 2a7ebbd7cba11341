import { stringFlag, type FlagValues } from '../args.js';
import type { CommandContext } from '../commands/context.js';
import { UsageError } from '../usageError.js';

const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * The environment variable a `--…-env NAME` flag names, or `fallback` when the flag is absent. The name is checked,
 * so a secret pasted where its variable's name belongs is refused without being echoed.
 */
export function envNameFlag(values: FlagValues, flag: string, fallback: string): string;
export function envNameFlag(values: FlagValues, flag: string, fallback?: string): string | undefined;
export function envNameFlag(values: FlagValues, flag: string, fallback?: string): string | undefined {
  const name = stringFlag(values, flag);
  if (name === undefined) return fallback;
  if (!ENV_NAME.test(name)) {
    throw new UsageError(`--${flag} takes the name of an environment variable (letters, digits and _), not its value`);
  }
  return name;
}

/** The value of environment variable `name` (remembered as a secret), or a UsageError saying who wanted it. */
export function secretFromEnv(ctx: CommandContext, name: string, wantedBy: string, allowEmpty = false): string {
  const value = ctx.env[name];
  if (value === undefined || (!allowEmpty && value === '')) {
    throw new UsageError(`the environment variable ${name} (${wantedBy}) is ${value === undefined ? 'not set' : 'empty'}`);
  }
  ctx.secrets.add(value);
  return value;
}

/**
 * Checks that `text` is a URL with one of `protocols`, remembering any password in it as a secret. `what` names where
 * the text came from; the text itself is never shown, since it may hold credentials.
 */
export function checkUrl(ctx: CommandContext, text: string, what: string, protocols: readonly string[]): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new UsageError(`${what} is not a URL; expected ${protocols.map((p) => `${p}//…`).join(' or ')}`);
  }
  if (url.password) {
    ctx.secrets.add(url.password);
    ctx.secrets.add(decodeURIComponent(url.password));
  }
  if (!protocols.includes(url.protocol)) {
    throw new UsageError(`${what} must be a ${protocols.map((p) => `${p}//`).join(' or ')} URL, not ${url.protocol}//`);
  }
  return url;
}
