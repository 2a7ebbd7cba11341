import { createPublicKey } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
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
  'pseudonym-key-id': value,
  'small-group-threshold': value,
  'base-path': value,
  'allowed-origin': { type: 'string', multiple: true },
  'max-request-bytes': value,
  'max-response-bytes': value,
  'jwks-url': value,
  'claim-user': value,
  'claim-role': value,
  'claim-org': value,
  'max-token-age': value,
  'deadline-ms': value,
  'export-deadline-ms': value,
  'rate-limit': value,
  workers: value,
};

/** Everything `startLearnlensServer` needs but the adapter (or the worker pool building it). */
export type ServerSettings = Omit<LearnlensServerOptions, 'adapter' | 'workers'> & {
  /** Worker threads for the mock engine (0: on the request thread). */
  workerCount: number;
};

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

function claimPath(values: FlagValues, name: string): string | string[] | undefined {
  const text = stringFlag(values, name);
  if (text === undefined) return undefined;
  // A JSON array names path segments, for claim names that hold dots (Auth0's "https://example.com/role").
  if (text.startsWith('[')) {
    let segments: unknown;
    try {
      segments = JSON.parse(text);
    } catch {
      segments = undefined;
    }
    if (!Array.isArray(segments) || segments.length === 0 || segments.some((s) => typeof s !== 'string' || s === '')) {
      throw new UsageError(`--${name} must be a claim path such as app_metadata.role, or a JSON array of claim names`);
    }
    return segments as string[];
  }
  if (text.split('.').some((s) => s === '')) throw new UsageError(`--${name} must be a claim path such as app_metadata.role, not "${text}"`);
  return text;
}

function jwksUrlFrom(text: string): string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new UsageError(`--jwks-url must be a URL such as https://example.supabase.co/auth/v1/.well-known/jwks.json, not "${text}"`);
  }
  const loopback = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) throw new UsageError('--jwks-url must be https (plain http only on loopback)');
  return url.href;
}

function authFrom(values: FlagValues, ctx: CommandContext): AuthOptions {
  const audience = requiredFlag('serve', values, 'audience');
  const issuer = stringFlag(values, 'issuer');
  const keyFile = stringFlag(values, 'public-key');
  const jwksUrl = stringFlag(values, 'jwks-url');
  const algorithms = stringFlag(values, 'algorithms')
    ?.split(',')
    .map((a) => a.trim())
    .filter(Boolean);
  if (algorithms !== undefined && algorithms.length === 0) throw new UsageError('--algorithms needs at least one algorithm, e.g. RS256');
  const claims = {
    ...(claimPath(values, 'claim-user') !== undefined && { userId: claimPath(values, 'claim-user')! }),
    ...(claimPath(values, 'claim-role') !== undefined && { role: claimPath(values, 'claim-role')! }),
    ...(claimPath(values, 'claim-org') !== undefined && { orgId: claimPath(values, 'claim-org')! }),
  };
  const maxTokenAgeSeconds = intFlag(values, 'max-token-age', 1);
  const common = {
    audience,
    ...(issuer !== undefined && { issuer }),
    ...(algorithms !== undefined && { algorithms }),
    ...(Object.keys(claims).length > 0 && { claims }),
    ...(maxTokenAgeSeconds !== undefined && { maxTokenAgeSeconds }),
  };
  if (jwksUrl !== undefined) {
    if (keyFile !== undefined || values['jwt-secret-env'] !== undefined) throw new UsageError('give one of --jwks-url, --public-key and --jwt-secret-env');
    const hmac = algorithms?.find((a) => a.startsWith('HS'));
    if (hmac) throw new UsageError(`--algorithms ${hmac} signs with a shared secret, which a JWKS never publishes`);
    return { ...common, jwksUrl: jwksUrlFrom(jwksUrl) };
  }
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
  // k applies with real names too: a peer average over two learners tells each who the other is either way.
  const smallGroupThreshold = intFlag(values, 'small-group-threshold', 1);
  const k = smallGroupThreshold !== undefined ? { smallGroupThreshold } : {};
  const keyId = stringFlag(values, 'pseudonym-key-id');
  if (values['show-peer-names']) {
    if (values['pseudonym-salt-env'] !== undefined) throw new UsageError('give --pseudonym-salt-env or --show-peer-names, not both');
    if (keyId !== undefined) throw new UsageError('--pseudonym-key-id versions the pseudonym salt: it has no meaning with --show-peer-names');
    return { showPeerNames: true, ...k };
  }
  if (keyId !== undefined && !/^[A-Za-z0-9._-]{1,64}$/.test(keyId)) {
    throw new UsageError(`--pseudonym-key-id must be 1–64 letters, digits, ".", "_" or "-", not "${keyId}"`);
  }
  const name = envNameFlag(values, 'pseudonym-salt-env', PSEUDONYM_SALT_ENV);
  const wantedBy =
    values['pseudonym-salt-env'] === undefined
      ? `a secret of at least ${MIN_SALT_CHARS} characters for peers' pseudonyms; or pass --show-peer-names`
      : 'named by --pseudonym-salt-env';
  const salt = secretFromEnv(ctx, name, wantedBy);
  if (salt.length < MIN_SALT_CHARS) throw new UsageError(`the pseudonym salt in ${name} must be at least ${MIN_SALT_CHARS} characters long`);
  return { pseudonymSalt: salt, ...(keyId !== undefined && { pseudonymKeyId: keyId }), ...k };
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
  const deadlineMs = intFlag(values, 'deadline-ms', 1);
  const exportDeadlineMs = intFlag(values, 'export-deadline-ms', 1);
  const rateLimit = rateLimitFrom(stringFlag(values, 'rate-limit'));
  return {
    port: intFlag(values, 'port', 0, 65_535) ?? DEFAULT_PORT,
    host,
    auth: authFrom(values, ctx),
    privacy: privacyFrom(values, ctx),
    allowedOrigins: listFlag(values, 'allowed-origin').map(originOf),
    ...(basePath !== undefined && { basePath }),
    ...(maxRequestBytes !== undefined && { maxRequestBytes }),
    ...(maxResponseBytes !== undefined && { maxResponseBytes }),
    ...(deadlineMs !== undefined && { deadlineMs }),
    ...(exportDeadlineMs !== undefined && { exportDeadlineMs }),
    ...(rateLimit !== undefined && { rateLimit }),
    workerCount: intFlag(values, 'workers', 0, 256) ?? Math.max(1, availableParallelism()),
  };
}

// "N/S": N requests per S seconds per viewer; "off": no limit.
function rateLimitFrom(text: string | undefined): LearnlensServerOptions['rateLimit'] {
  if (text === undefined) return undefined;
  if (text === 'off') return false;
  const match = /^(\d+)\/(\d+)$/.exec(text);
  const requests = Number(match?.[1]);
  const perSeconds = Number(match?.[2]);
  if (!match || requests < 1 || perSeconds < 1) throw new UsageError(`--rate-limit must be N/SECONDS (e.g. 300/60: 300 requests per minute per viewer) or off, not "${text}"`);
  return { requests, perSeconds };
}
