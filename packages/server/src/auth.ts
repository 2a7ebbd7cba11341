import { createPublicKey } from 'node:crypto';
import { parseViewer, type Viewer } from '@learnlens/data-client';
import { errors, jwtVerify, type JWK, type JWTPayload, type KeyObject, type CryptoKey } from 'jose';
import { AuthenticationError } from './errors.js';
import type { AuthOptions } from './options.js';

/** Reads the viewer from an Authorization header value; throws AuthenticationError for anything but a valid token. */
export type TokenVerifier = (authorization: string | undefined) => Promise<Viewer>;

const HMAC_ALGORITHMS = new Set(['HS256', 'HS384', 'HS512']);
const ASYMMETRIC_ALGORITHMS = new Set(['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA', 'Ed25519']);
const MIN_SECRET_BYTES = 32;
const MAX_TOKEN_LENGTH = 8 * 1024;

/** The default mapping: `sub` → userId, `role` → role, `org_id` → orgId. */
export function defaultClaimsToViewer(payload: JWTPayload): Viewer {
  return parseViewer({ userId: payload.sub, role: payload.role, orgId: payload.org_id });
}

function verificationKey(auth: AuthOptions): { key: Uint8Array | KeyObject | CryptoKey | JWK; allowed: Set<string>; fallback: string } {
  const hasSecret = auth.secret !== undefined;
  const hasPublicKey = auth.publicKey !== undefined;
  if (hasSecret === hasPublicKey) {
    throw new TypeError('createLearnlensHandler: give exactly one of auth.secret (HS256) and auth.publicKey (RS256)');
  }
  if (hasSecret) {
    const secret = typeof auth.secret === 'string' ? new TextEncoder().encode(auth.secret) : auth.secret!;
    if (secret.byteLength < MIN_SECRET_BYTES) {
      throw new TypeError(`createLearnlensHandler: auth.secret must be at least ${MIN_SECRET_BYTES} bytes for HS256`);
    }
    return { key: secret, allowed: HMAC_ALGORITHMS, fallback: 'HS256' };
  }
  const publicKey = auth.publicKey!;
  // A PEM becomes a KeyObject rather than an imported CryptoKey, which would be bound to a single algorithm.
  const key = typeof publicKey === 'string' ? createPublicKey(publicKey) : publicKey;
  if (typeof publicKey === 'object' && 'kty' in publicKey && publicKey.kty === 'oct') {
    throw new TypeError('createLearnlensHandler: auth.publicKey must be an asymmetric key; put a shared secret in auth.secret');
  }
  return { key, allowed: ASYMMETRIC_ALGORITHMS, fallback: 'RS256' };
}

/**
 * Builds the token check from the auth options, refusing at start-up what would be unsafe at run time: no audience,
 * "none" or an algorithm of the other key family (the HS256-with-a-public-key confusion), a short secret.
 */
export function createTokenVerifier(auth: AuthOptions): TokenVerifier {
  const audience = Array.isArray(auth.audience) ? auth.audience : [auth.audience];
  if (audience.length === 0 || audience.some((a) => typeof a !== 'string' || a.length === 0)) {
    throw new TypeError('createLearnlensHandler: auth.audience is required, so tokens minted for other services are refused');
  }
  const { key, allowed, fallback } = verificationKey(auth);
  const algorithms = auth.algorithms ?? [fallback];
  if (algorithms.length === 0) throw new TypeError('createLearnlensHandler: auth.algorithms must not be empty');
  for (const alg of algorithms) {
    if (!allowed.has(alg)) {
      throw new TypeError(
        `createLearnlensHandler: algorithm "${alg}" cannot be used with auth.${auth.secret !== undefined ? 'secret' : 'publicKey'}` +
          ` (allowed: ${[...allowed].join(', ')})`,
      );
    }
  }
  const claimsToViewer = auth.claimsToViewer ?? defaultClaimsToViewer;
  const options = {
    algorithms,
    audience: auth.audience,
    ...(auth.issuer !== undefined ? { issuer: auth.issuer } : {}),
    clockTolerance: auth.clockToleranceSeconds ?? 0,
    // A token without an expiry would be valid forever: refuse it.
    requiredClaims: ['exp'],
  };

  return async (authorization) => {
    const match = /^Bearer +([^\s]+) *$/i.exec(authorization ?? '');
    if (!match) throw new AuthenticationError('missing');
    const token = match[1]!;
    if (token.length > MAX_TOKEN_LENGTH) throw new AuthenticationError('invalid');
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, key, options));
    } catch (error) {
      throw new AuthenticationError(error instanceof errors.JWTExpired ? 'expired' : 'invalid', { cause: error });
    }
    try {
      return parseViewer(claimsToViewer(payload));
    } catch (error) {
      throw new AuthenticationError('invalid', { cause: error });
    }
  };
}
