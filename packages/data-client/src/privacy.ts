import type { QueryResult } from './catalog/index.js';
import type { Viewer } from './viewer.js';

/** How peers are shown to a learner. */
export interface PrivacyPolicy {
  /** Show peers' real names and ids to learners (default false: pseudonymised, as seed 001 requires). */
  showPeerNames?: boolean;
  /**
   * The host's secret pseudonyms are keyed with (HMAC-SHA-256, one derived key per org): without it, pseudonyms cannot
   * be computed from user ids, sequential or not. Set it on the server. When absent, a random secret drawn once per
   * runtime (page, worker or process) is used, so pseudonyms stay stable only while that runtime lives.
   */
  pseudonymSalt?: string;
  /**
   * The version of `pseudonymSalt` (default "1"). Rotating means a new secret and a new id; every pseudonym changes,
   * so old ones cannot be linked to new ones.
   */
  pseudonymKeyId?: string;
  /**
   * k: an aggregate a learner sees about other learners (a peer board, a peer average, a team figure) over fewer than
   * k learners is suppressed (default 5; 1 turns suppression off).
   */
  smallGroupThreshold?: number;
}

/** The default small-group threshold k. */
export const DEFAULT_SMALL_GROUP_THRESHOLD = 5;

/** A peer as a learner sees them. */
export interface Pseudonym {
  userId: string;
  displayName: string;
}

const encoder = new TextEncoder();
// Crockford's base 32: no I, L, O or U, so a code read aloud is not misread.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

function base32(bytes: Uint8Array, chars: number): string {
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (let i = 0; out.length < chars; ) {
    if (bits < 5) {
      buffer = ((buffer << 8) | bytes[i++]!) & 0xffff;
      bits += 8;
    }
    out += ALPHABET[(buffer >>> (bits - 5)) & 31];
    bits -= 5;
  }
  return out;
}

type Hmac = (key: Uint8Array, message: Uint8Array) => Uint8Array;

let hmacModule: Promise<Hmac> | undefined;

// The HMAC code is its own chunk, fetched the first time a pseudonym is needed.
function loadHmac(): Promise<Hmac> {
  hmacModule ??= import('./hmacSha256.js').then((m) => m.hmacSha256);
  return hmacModule;
}

// Per-org keys derived from the host secret, kept for the orgs seen recently (bounded: one org per tenant).
const MAX_ORG_KEYS = 1_000;
const orgKeys = new Map<string, Uint8Array>();

function orgKey(hmac: Hmac, secret: string, keyId: string, orgId: string): Uint8Array {
  const cacheKey = `${keyId}\u0000${orgId}\u0000${secret}`;
  let key = orgKeys.get(cacheKey);
  if (key === undefined) {
    key = hmac(encoder.encode(secret), encoder.encode(`learnlens-pseudonym\u0000${keyId}\u0000${orgId}`));
    if (orgKeys.size >= MAX_ORG_KEYS) orgKeys.delete(orgKeys.keys().next().value!);
    orgKeys.set(cacheKey, key);
  }
  return key;
}

function pseudonymWith(hmac: Hmac, orgId: string, userId: string, secret: string, keyId: string): Pseudonym {
  const code = base32(hmac(orgKey(hmac, secret, keyId, orgId), encoder.encode(userId)), 16);
  return { userId: `peer-${code.toLowerCase()}`, displayName: `Learner ${code.slice(0, 6)}` };
}

/**
 * A peer's pseudonym: HMAC-SHA-256 of the user id under a key derived from the host secret, its version and the org.
 * The same inputs always give the same pseudonym; without the secret it cannot be computed or reversed.
 */
export async function pseudonymFor(orgId: string, userId: string, secret: string, keyId = '1'): Promise<Pseudonym> {
  return pseudonymWith(await loadHmac(), orgId, userId, secret, keyId);
}

let runtimeSecret: string | undefined;

/**
 * The secret of clients whose host set none: drawn once per JavaScript runtime (page, worker or server process) from
 * Web Crypto's random source, so every client there agrees while no one outside can compute a pseudonym.
 */
export function runtimeDefaultSecret(): string {
  if (runtimeSecret === undefined) {
    const random = globalThis.crypto?.getRandomValues;
    if (random === undefined) {
      throw new TypeError('This runtime has no Web Crypto random source: set privacy.pseudonymSalt to a secret of your own');
    }
    const bytes = new Uint8Array(32);
    random.call(globalThis.crypto, bytes);
    runtimeSecret = base32(bytes, 51);
  }
  return runtimeSecret;
}

/** Checks a policy, throwing TypeError on values that would silently weaken it. */
export function checkPrivacyPolicy(policy: PrivacyPolicy): void {
  const k = policy.smallGroupThreshold;
  if (k !== undefined && !(Number.isInteger(k) && k >= 1)) throw new TypeError('privacy.smallGroupThreshold must be an integer of at least 1');
  if (policy.pseudonymSalt !== undefined && (typeof policy.pseudonymSalt !== 'string' || policy.pseudonymSalt.length === 0)) {
    throw new TypeError('privacy.pseudonymSalt must be a non-empty string');
  }
  if (policy.pseudonymKeyId !== undefined && !/^[A-Za-z0-9._-]{1,64}$/.test(policy.pseudonymKeyId)) {
    throw new TypeError('privacy.pseudonymKeyId must be 1–64 letters, digits, ".", "_" or "-"');
  }
}

/**
 * A leaderboard as a learner may see it. Peers' rows carry pseudonyms (unless the policy shows names). A board that
 * ranks fewer than k learners and shows anyone but the viewer is suppressed: no rows, `total` 0, `suppressed` true.
 */
export async function learnerLeaderboard(
  result: QueryResult<'leaderboard'>,
  viewer: Viewer,
  policy: { showPeerNames: boolean; secret: string; keyId: string; k: number },
): Promise<QueryResult<'leaderboard'>> {
  const onlySelf = result.total <= 1 && result.rows.every((row) => row.userId === viewer.userId);
  if (result.total < policy.k && !onlySelf) return { ...result, total: 0, rows: [], suppressed: true };
  if (policy.showPeerNames || result.rows.every((row) => row.userId === viewer.userId)) return result;
  const hmac = await loadHmac();
  const { secret, keyId } = policy;
  return {
    ...result,
    rows: result.rows.map((row) =>
      row.userId === viewer.userId ? row : { ...row, ...pseudonymWith(hmac, viewer.orgId, row.userId, secret, keyId) },
    ),
  };
}
