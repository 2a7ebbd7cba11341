import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';

/**
 * HMAC-SHA-256, synchronous and in plain JavaScript (Web Crypto's `subtle` is missing on plain-http pages). Loaded
 * only when a client first pseudonymises, so hosts that never do (an HTTP-adapter page) do not download it.
 */
export function hmacSha256(key: Uint8Array, message: Uint8Array): Uint8Array {
  return hmac(sha256, key, message);
}
