import { createPublicKey } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { AuthOptions, LearnlensServerOptions, ServerPrivacyPolicy } from '@learnlens/server';
import { intFlag, listFlag, requiredFlag, stringFlag, type FlagSpec, type FlagValues } from '../args.js';
import { envNameFlag, secretFromEnv } from '../backends/checks.js';
import type { CommandContext } from '../commands/context.js';
import { UsageError } from '../usageError.js';

/** Where the HS256 secret is read from unless --jwt-secret-env names another variable. */
export const JWT_SECRET_ENV = 'LEARNLENS_JWT_SECRET';
/** Where the pseudonym salt is read from unless --pseudonym-salt-env names another variable. */
export const PSEUDONYM_SALT_ENV = 'LEARNLENS_PSEUDONYM_SALT';
/** The port `serve` listens on without --port. */
export const DEFAULT_PORT = 8787;

const value = { type: 'string' } as const;

/** The flags of `serve` besides the backend's. */
export const serverFlags: FlagSpec = {
  port: value,
  host: value,
  audience: value,
  issuer: value,
  'jwt-secret-env': value,
  'public-key': value,
  algorithms: value,
  'pseudonym-salt-env': value,
  'show-peer-names': { type: 'boolean' },
  'base-path': value,
  'allowed-origin': { type: 'string', multiple: true },
  'max-request-bytes': value,
  'max-response-bytes': value,
};

/** Everything `startLearnlensServer` needs but the adapter. */
export type ServerSettings = Omit<LearnlensServerOptions, 'adapter'>;

// The server checks the same; checking here names the flag to change rather than the option behind it.
const MIN_SECRET_BYTES = 32;
const MIN_SALT_CHARS = 16;

function readPublicKey(ctx: CommandContext, file: string): string {
  const path = resolve(ctx.cwd, file);
  let pem: string;
  try {
    pem = readFileSync(path, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read --public-key ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`, { cause: error });
  }
  try {
    createPublicKey(pem);
  } catch (error) {
    throw new UsageError(`--public-key ${path} is not a PEM public key: ${error instanceof Error ? error.message : String(error)}`);
  }
  return pem;
}

function authFrom(values: FlagValues, ctx: CommandContext): AuthOptions {
  const audience = requiredFlag('serve', values, 'audience');
  const issuer = stringFlag(values, 'issuer');
  const keyFile = stringFlag(values, 'public-key');
  const algorithms = stringFlag(values, 'algorithms')
    ?.split(',')
    .map((a) => a.trim())
    .filter(Boolean);
  if (algorithms !== undefined && algorithms.length === 0) throw new UsageError('--algorithms needs at least one algorithm, e.g. RS256');
  const common = { audience, ...(issuer !== undefined && { issuer }), ...(algorithms !== undefined && { algorithms }) };
  if (keyFile !== undefined) {
    if (values['jwt-secret-env'] !== undefined) throw new UsageError('give --jwt-secret-env or --public-key, not both');
    const hmac = algorithms?.find((a) => a.startsWith('HS'));
    if (hmac) throw new UsageError(`--algorithms ${hmac} signs with a shared secret: use --jwt-secret-env, not --public-key`);
    return { ...common, publicKey: readPublicKey(ctx, keyFile) };
  }
  const other = algorithms?.find((a) => !a.startsWith('HS'));
  if (other) throw new UsageError(`--algorithms ${other} verifies with a public key: give --public-key FILE`);
  const name = envNameFlag(values, 'jwt-secret-env', JWT_SECRET_ENV);
  const wantedBy = values['jwt-secret-env'] === undefined ? 'the HS256 secret of the tokens; or give --public-key FILE' : 'named by --jwt-secret-env';
  const secret = secretFromEnv(ctx, name, wantedBy);
  if (new TextEncoder().encode(secret).byteLength < MIN_SECRET_BYTES) {
    throw new UsageError(`the secret in ${name} must be at least ${MIN_SECRET_BYTES} bytes long`);
  }
  return { ...common, secret };
}

function privacyFrom(values: FlagValues, ctx: CommandContext): ServerPrivacyPolicy {
  if (values['show-peer-names']) {
    if (values['pseudonym-salt-env'] !== undefined) throw new UsageError('give --pseudonym-salt-env or --show-peer-names, not both');
    return { showPeerNames: true };
  }
  const name = envNameFlag(values, 'pseudonym-salt-env', PSEUDONYM_SALT_ENV);
  const wantedBy =
    values['pseudonym-salt-env'] === undefined
      ? `a secret of at least ${MIN_SALT_CHARS} characters for peers' pseudonyms; or pass --show-peer-names`
      : 'named by --pseudonym-salt-env';
  const salt = secretFromEnv(ctx, name, wantedBy);
  if (salt.length < MIN_SALT_CHARS) throw new UsageError(`the pseudonym salt in ${name} must be at least ${MIN_SALT_CHARS} characters long`);
  return { pseudonymSalt: salt };
}

function originOf(text: string): string {
  const trimmed = text.replace(/\/$/, '');
  let origin: string | undefined;
  try {
    origin = new URL(trimmed).origin;
  } catch {
    // Reported below.
  }
  if (origin === undefined || origin === 'null' || origin !== trimmed) {
    throw new UsageError(`--allowed-origin must be an origin such as https://app.example.com (scheme, host, port; no path), not "${text}"`);
  }
  return origin;
}

/** Reads and checks every server flag, and the secrets they name, before any data is loaded. */
export function serverSettings(values: FlagValues, ctx: CommandContext): ServerSettings {
  const basePath = stringFlag(values, 'base-path');
  if (basePath !== undefined && !/^\/?[A-Za-z0-9._~\-/]*$/.test(basePath)) {
    throw new UsageError(`--base-path must be a URL path such as /learnlens, not "${basePath}"`);
  }
  const maxRequestBytes = intFlag(values, 'max-request-bytes', 1);
  const maxResponseBytes = intFlag(values, 'max-response-bytes', 1);
  const host = stringFlag(values, 'host') ?? '127.0.0.1';
  if (host === '') throw new UsageError('--host must not be empty');
  return {
    port: intFlag(values, 'port', 0, 65_535) ?? DEFAULT_PORT,
    host,
    auth: authFrom(values, ctx),
    privacy: privacyFrom(values, ctx),
    allowedOrigins: listFlag(values, 'allowed-origin').map(originOf),
    ...(basePath !== undefined && { basePath }),
    ...(maxRequestBytes !== undefined && { maxRequestBytes }),
    ...(maxResponseBytes !== undefined && { maxResponseBytes }),
  };
}
