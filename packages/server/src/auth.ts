import { createPublicKey } from 'node:crypto';
import { isIP } from 'node:net';
import { parseViewer, type Viewer } from '@learnlens/data-client';
import {
  createRemoteJWKSet,
  errors,
  jwtVerify,
  type CryptoKey,
  type JWK,
  type JWTPayload,
  type JWTVerifyGetKey,
  type KeyObject,
} from 'jose';
import { AuthenticationError, AuthUnavailableError } from './errors.js';
import type { AuthOptions, ClaimMapping, ClaimPath, JwksOptions } from './options.js';

/** Reads the viewer from an Authorization header value; throws AuthenticationError for anything but a valid token. */
export type TokenVerifier = (authorization: string | undefined) => Promise<Viewer>;

const HMAC_ALGORITHMS = new Set(['HS256', 'HS384', 'HS512']);
const ASYMMETRIC_ALGORITHMS = new Set(['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA', 'Ed25519']);
// What identity providers sign with: Supabase and Clerk RS256 or ES256, Auth0 RS256, some issuers EdDSA.
const JWKS_DEFAULT_ALGORITHMS = ['RS256', 'ES256', 'EdDSA', 'Ed25519'];
const MIN_SECRET_BYTES = 32;
const MAX_TOKEN_LENGTH = 8 * 1024;
const DEFAULT_MAX_TOKEN_AGE_SECONDS = 24 * 60 * 60;

function claimAt(payload: JWTPayload, path: ClaimPath): unknown {
  const segments = typeof path === 'string' ? path.split('.') : path;
  let value: unknown = payload;
  for (const segment of segments) {
    // Own properties only: a claim path must never reach into the prototype.
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, segment)) return undefined;
    value = (value as Record<string, unknown>)[segment];
  }
  return value;
}

/** A claims-to-viewer function reading each field from where `claims` says it lives. */
export function claimMapper(claims: ClaimMapping = {}): (payload: JWTPayload) => Viewer {
  for (const [field, path] of Object.entries(claims)) {
    const segments = typeof path === 'string' ? path.split('.') : path;
    if (!Array.isArray(segments) || segments.length === 0 || segments.some((s) => typeof s !== 'string' || s === '')) {
      throw new TypeError(`createLearnlensHandler: auth.claims.${field} must be a claim name or dot path such as "app_metadata.role"`);
    }
  }
  const userId = claims.userId ?? 'sub';
  const role = claims.role ?? 'role';
  const orgId = claims.orgId ?? 'org_id';
  return (payload) => parseViewer({ userId: claimAt(payload, userId), role: claimAt(payload, role), orgId: claimAt(payload, orgId) });
}

/** The default mapping: `sub` → userId, `role` → role, `org_id` → orgId. */
export const defaultClaimsToViewer: (payload: JWTPayload) => Viewer = claimMapper();

function isLoopback(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '');
  return host === 'localhost' || host === '::1' || (isIP(host) === 4 && host.startsWith('127.'));
}

/** Checks the JWKS URL: anyone who can alter the key set in transit can sign any viewer, so plain http only on loopback. */
export function jwksUrlOf(value: string | URL): URL {
  let url: URL;
  try {
    url = new URL(String(value));
  } catch {
    throw new TypeError(`createLearnlensHandler: auth.jwksUrl is not a URL: "${String(value)}"`);
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopback(url.hostname))) {
    throw new TypeError('createLearnlensHandler: auth.jwksUrl must be https (plain http only on loopback)');
  }
  if (url.username || url.password) throw new TypeError('createLearnlensHandler: auth.jwksUrl must not carry credentials');
  return url;
}

function nonNegative(name: string, value: number | undefined, scale: number): number | undefined {
  if (value === undefined) return undefined;
  if (!Number.isFinite(value) || value < 0) throw new RangeError(`createLearnlensHandler: auth.jwks.${name} must be a non-negative number, got ${value}`);
  return Math.round(value * scale);
}

// Failures to reach or read the key set are the provider's, not the token's: they must not log the user out.
function remoteKeySet(url: URL, options: JwksOptions = {}): JWTVerifyGetKey {
  const cacheMaxAge = nonNegative('cacheMaxAgeSeconds', options.cacheMaxAgeSeconds, 1000);
  const cooldownDuration = nonNegative('cooldownSeconds', options.cooldownSeconds, 1000);
  const timeoutDuration = nonNegative('timeoutMs', options.timeoutMs, 1);
  const remote = createRemoteJWKSet(url, {
    ...(cacheMaxAge !== undefined && { cacheMaxAge }),
    ...(cooldownDuration !== undefined && { cooldownDuration }),
    ...(timeoutDuration !== undefined && { timeoutDuration }),
  });
  return async (header, token) => {
    try {
      return await remote(header, token);
    } catch (error) {
      if (error instanceof errors.JWKSNoMatchingKey || error instanceof errors.JWKSMultipleMatchingKeys || error instanceof errors.JOSENotSupported) {
        throw error;
      }
      throw new AuthUnavailableError({ cause: error });
    }
  };
}

type VerificationKey = Uint8Array | KeyObject | CryptoKey | JWK | JWTVerifyGetKey;

function verificationKey(auth: AuthOptions): { key: VerificationKey; allowed: Set<string>; fallback: string[]; source: string } {
  const given = [auth.secret, auth.publicKey, auth.jwksUrl].filter((k) => k !== undefined).length;
  if (given !== 1) {
    throw new TypeError('createLearnlensHandler: give exactly one of auth.secret (HS256), auth.publicKey (RS256…) and auth.jwksUrl');
  }
  if (auth.secret !== undefined) {
    const secret = typeof auth.secret === 'string' ? new TextEncoder().encode(auth.secret) : auth.secret;
    if (secret.byteLength < MIN_SECRET_BYTES) {
      throw new TypeError(`createLearnlensHandler: auth.secret must be at least ${MIN_SECRET_BYTES} bytes for HS256`);
    }
    return { key: secret, allowed: HMAC_ALGORITHMS, fallback: ['HS256'], source: 'secret' };
  }
  if (auth.jwksUrl !== undefined) {
    // The set's keys are asymmetric by contract; a shared secret published there would be no secret.
    return { key: remoteKeySet(jwksUrlOf(auth.jwksUrl), auth.jwks), allowed: ASYMMETRIC_ALGORITHMS, fallback: JWKS_DEFAULT_ALGORITHMS, source: 'jwksUrl' };
  }
  const publicKey = auth.publicKey!;
  if (typeof publicKey === 'object' && 'kty' in publicKey && publicKey.kty === 'oct') {
    throw new TypeError('createLearnlensHandler: auth.publicKey must be an asymmetric key; put a shared secret in auth.secret');
  }
  // A PEM becomes a KeyObject rather than an imported CryptoKey, which would be bound to a single algorithm.
  const key = typeof publicKey === 'string' ? createPublicKey(publicKey) : publicKey;
  return { key, allowed: ASYMMETRIC_ALGORITHMS, fallback: ['RS256'], source: 'publicKey' };
}

/**
 * Builds the token check from the auth options, refusing at start-up what would be unsafe at run time: no audience,
 * "none" or an algorithm of the other key family (the HS256-with-a-public-key confusion), a short secret, a JWKS
 * fetched over plain http from another machine.
 */
export function createTokenVerifier(auth: AuthOptions): TokenVerifier {
  const audience = Array.isArray(auth.audience) ? auth.audience : [auth.audience];
  if (audience.length === 0 || audience.some((a) => typeof a !== 'string' || a.length === 0)) {
    throw new TypeError('createLearnlensHandler: auth.audience is required, so tokens minted for other services are refused');
  }
  const { key, allowed, fallback, source } = verificationKey(auth);
  const algorithms = auth.algorithms ?? fallback;
  if (algorithms.length === 0) throw new TypeError('createLearnlensHandler: auth.algorithms must not be empty');
  for (const alg of algorithms) {
    if (!allowed.has(alg)) {
      throw new TypeError(`createLearnlensHandler: algorithm "${alg}" cannot be used with auth.${source} (allowed: ${[...allowed].join(', ')})`);
    }
  }
  const maxTokenAge = auth.maxTokenAgeSeconds ?? DEFAULT_MAX_TOKEN_AGE_SECONDS;
  if (!Number.isSafeInteger(maxTokenAge) || maxTokenAge <= 0) {
    throw new RangeError(`createLearnlensHandler: auth.maxTokenAgeSeconds must be a positive whole number of seconds, got ${maxTokenAge}`);
  }
  const claimsToViewer = auth.claimsToViewer ?? claimMapper(auth.claims);
  const options = {
    algorithms,
    audience: auth.audience,
    ...(auth.issuer !== undefined ? { issuer: auth.issuer } : {}),
    clockTolerance: auth.clockToleranceSeconds ?? 0,
    // A token without an expiry would be valid forever, and one with a far expiry nearly so: `exp` and `iat` are
    // required, and a token older than maxTokenAge is refused as expired whatever its `exp`.
    requiredClaims: ['exp', 'iat'],
    maxTokenAge,
  };

  return async (authorization) => {
    const match = /^Bearer +([^\s]+) *$/i.exec(authorization ?? '');
    if (!match) throw new AuthenticationError('missing');
    const token = match[1]!;
    if (token.length > MAX_TOKEN_LENGTH) throw new AuthenticationError('invalid');
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, key as Parameters<typeof jwtVerify>[1], options));
    } catch (error) {
      if (error instanceof AuthUnavailableError) throw error;
      throw new AuthenticationError(error instanceof errors.JWTExpired ? 'expired' : 'invalid', { cause: error });
    }
    try {
      return parseViewer(claimsToViewer(payload));
    } catch (error) {
      throw new AuthenticationError('invalid', { cause: error });
    }
  };
}
