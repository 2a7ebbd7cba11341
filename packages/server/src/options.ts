import type { BackendAdapter, PrivacyPolicy, Viewer } from '@learnlens/data-client';
import type { CryptoKey, JWK, JWTPayload, KeyObject } from 'jose';
import type { RateLimitOptions } from './rateLimit.js';
import { resolveSignedExports, type ResolvedSignedExports, type SignedExportOptions } from './signedExport.js';
import type { WorkerPoolOptions } from './workerPool.js';

/** Where a viewer field lives in the token: a dot path (`app_metadata.org_id`) or the path's segments, for claim names holding dots. */
export type ClaimPath = string | readonly string[];

/** Where the host's identity provider puts the viewer in its tokens (default: `sub`, `role`, `org_id`). */
export interface ClaimMapping {
  /** The user id (default "sub"). */
  userId?: ClaimPath;
  /** The Learnlens role, admin, manager or learner (default "role"; Supabase: e.g. "app_metadata.role"). */
  role?: ClaimPath;
  /** The active organization (default "org_id"; Supabase: e.g. "app_metadata.org_id"). */
  orgId?: ClaimPath;
}

/** How keys published as a JWKS are fetched and cached. */
export interface JwksOptions {
  /** How long a fetched key set is used before it is fetched again, in seconds (default 600). */
  cacheMaxAgeSeconds?: number;
  /** A token naming an unknown `kid` refetches the set at most this often, in seconds (default 30). */
  cooldownSeconds?: number;
  /** How long one fetch of the set may take, in milliseconds (default 5000). */
  timeoutMs?: number;
}

/**
 * How the server verifies the host's signed tokens: exactly one of `secret` (HMAC), `publicKey` (RSA, EC, EdDSA) or
 * `jwksUrl` (the keys an identity provider publishes: Supabase, Auth0, Clerk…).
 */
export interface AuthOptions {
  /** Shared HMAC secret (HS256/384/512), at least 32 bytes; never also give `publicKey`. */
  secret?: string | Uint8Array;
  /** Public key for RS256 and other asymmetric algorithms: a PEM "BEGIN PUBLIC KEY" string, a JWK, or a key object. */
  publicKey?: string | JWK | CryptoKey | KeyObject;
  /** A JWKS URL (https, or http on loopback only); keys are picked by the token's `kid` and refetched when they rotate. */
  jwksUrl?: string | URL;
  /** Caching of the key set at `jwksUrl`. */
  jwks?: JwksOptions;
  /** The `aud` the host's backend puts in its tokens; required, so a token minted for another service is refused. */
  audience: string | string[];
  /** The `iss` to require, when the host sets one. */
  issuer?: string | string[];
  /** Accepted `alg` values (default ["HS256"] with a secret, ["RS256"] with a public key); "none" is never accepted. */
  algorithms?: string[];
  /** Clock skew allowed on `exp`, `nbf` and `iat`, in seconds (default 0). */
  clockToleranceSeconds?: number;
  /** Oldest token accepted, counted from its `iat` (required), in seconds (default 86,400: one day), whatever its `exp` says. */
  maxTokenAgeSeconds?: number;
  /** Where role, org and user live in the token (ignored when `claimsToViewer` is given). */
  claims?: ClaimMapping;
  /** Maps a verified payload to the viewer, for mappings `claims` cannot express (default: from `claims`). */
  claimsToViewer?: (payload: JWTPayload) => Viewer;
}

/**
 * How peers are shown to learners. The salt is required unless real names are allowed: pseudonyms are computed on
 * the server, and without a secret salt anyone could reverse them by hashing known user ids.
 */
export type ServerPrivacyPolicy =
  | (PrivacyPolicy & { pseudonymSalt: string; showPeerNames?: false })
  | (PrivacyPolicy & { showPeerNames: true });

/** Options of `createLearnlensHandler`. */
export interface LearnlensHandlerOptions {
  /** The backend the queries run on, on the request thread (postgres, duckdb, clickhouse: async I/O). Or give `workers`. */
  adapter?: BackendAdapter;
  /** Instead of `adapter`: build the backend in a pool of worker threads (the in-memory mock engine, anything CPU-bound). */
  workers?: WorkerPoolOptions;
  /** Token verification; the viewer is taken from the token and from nowhere else. */
  auth: AuthOptions;
  /** Peer pseudonymisation for learners (see ServerPrivacyPolicy). */
  privacy: ServerPrivacyPolicy;
  /** Largest request body accepted, in bytes (default 64 KiB); larger gets 413. */
  maxRequestBytes?: number;
  /** Largest response body sent, in bytes (default 8 MiB, exports included); larger gets 422, never a truncated body. */
  maxResponseBytes?: number;
  /** Path prefix of every route, as the browser sees it (default "/learnlens"). */
  basePath?: string;
  /** Origins allowed to call from a browser (CORS); default none (same origin only). */
  allowedOrigins?: readonly string[];
  /** Serve `exportRows` on POST /query too (default false: only POST /export, which audits, returns export rows). */
  allowExportRowsQuery?: boolean;
  /** Deadline of a request, in ms (default 5000): past it the work is cancelled and the answer is 504 DEADLINE_EXCEEDED. */
  deadlineMs?: number;
  /** Deadline of an export, in ms (default 120,000), fetching and sending included. */
  exportDeadlineMs?: number;
  /** Requests per viewer (default 300 per 60 s, in bursts of up to 300); over it, 429 with Retry-After. `false`: no limit. */
  rateLimit?: RateLimitOptions | false;
  /** Seconds put in Retry-After on 503 (default 5). */
  retryAfterSeconds?: number;
  /** Called with every error answered with a 5xx status (default: one line on console.error). */
  onError?: (error: unknown, context: { method: string; path: string; status: number }) => void;
  /** Deliver exports as signed URLs to an object store (POST /export with "delivery": "url"); default: bytes only. */
  signedExports?: SignedExportOptions;
}

/** Options with defaults applied and checked. */
export interface ResolvedHandlerOptions extends Required<Omit<LearnlensHandlerOptions, 'auth' | 'privacy' | 'signedExports' | 'adapter' | 'workers'>> {
  adapter?: BackendAdapter;
  workers?: WorkerPoolOptions;
  auth: AuthOptions;
  privacy: PrivacyPolicy;
  signedExports: ResolvedSignedExports | undefined;
}

const DEFAULT_RATE_LIMIT: RateLimitOptions = { requests: 300, perSeconds: 60 };

function positiveInt(name: string, value: number): number {
  if (!Number.isSafeInteger(value) || value <= 0) throw new RangeError(`createLearnlensHandler: ${name} must be a positive integer, got ${value}`);
  return value;
}

function defaultOnError(error: unknown, context: { method: string; path: string; status: number }): void {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  console.error(`[learnlens] ${context.method} ${context.path} → ${context.status}: ${message}`);
}

/** Applies the defaults and refuses configurations that would weaken the security model. */
export function resolveHandlerOptions(options: LearnlensHandlerOptions): ResolvedHandlerOptions {
  if (!options) throw new TypeError('createLearnlensHandler: options are required');
  if ((options.adapter === undefined) === (options.workers === undefined)) {
    throw new TypeError('createLearnlensHandler: give exactly one of adapter and workers');
  }
  if (options.workers !== undefined && options.signedExports !== undefined) {
    throw new TypeError('createLearnlensHandler: signedExports need an adapter on the request thread; they cannot be combined with workers');
  }
  if (options.adapter !== undefined && typeof options.adapter.run !== 'function') throw new TypeError('createLearnlensHandler: adapter must be a BackendAdapter');
  if (!options.auth) throw new TypeError('createLearnlensHandler: auth options are required');
  const privacy = options.privacy as PrivacyPolicy | undefined;
  if (!privacy || (privacy.showPeerNames !== true && !(typeof privacy.pseudonymSalt === 'string' && privacy.pseudonymSalt.length >= 16))) {
    throw new TypeError(
      'createLearnlensHandler: privacy.pseudonymSalt must be a secret of at least 16 characters ' +
        '(or set privacy.showPeerNames: true when your policy lets learners see peers\' names)',
    );
  }
  const basePath = '/' + (options.basePath ?? '/learnlens').replace(/^\/+|\/+$/g, '');
  return {
    ...(options.adapter !== undefined && { adapter: options.adapter }),
    ...(options.workers !== undefined && { workers: options.workers }),
    auth: options.auth,
    privacy: { ...privacy },
    maxRequestBytes: positiveInt('maxRequestBytes', options.maxRequestBytes ?? 64 * 1024),
    maxResponseBytes: positiveInt('maxResponseBytes', options.maxResponseBytes ?? 8 * 1024 * 1024),
    basePath: basePath === '/' ? '' : basePath,
    allowedOrigins: [...(options.allowedOrigins ?? [])],
    allowExportRowsQuery: options.allowExportRowsQuery ?? false,
    deadlineMs: positiveInt('deadlineMs', options.deadlineMs ?? 5_000),
    exportDeadlineMs: positiveInt('exportDeadlineMs', options.exportDeadlineMs ?? 120_000),
    rateLimit: options.rateLimit === false ? false : { ...DEFAULT_RATE_LIMIT, ...options.rateLimit },
    retryAfterSeconds: positiveInt('retryAfterSeconds', options.retryAfterSeconds ?? 5),
    onError: options.onError ?? defaultOnError,
    signedExports: resolveSignedExports(options.signedExports),
  };
}
