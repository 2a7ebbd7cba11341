import { RateLimitError } from './errors.js';

/** A per-viewer token bucket: up to `requests` at once, refilled at `requests` per `perSeconds`. */
export interface RateLimitOptions {
  /** Requests a viewer may send in a burst, and per window (default 300). */
  requests: number;
  /** The window over which `requests` are refilled, in seconds (default 60). */
  perSeconds: number;
}

interface Bucket {
  tokens: number;
  at: number;
}

// Past this many viewers, buckets that have refilled (idle viewers) are dropped: memory stays bounded under a flood.
const MAX_BUCKETS = 100_000;

/** Takes one token for `key` or throws RateLimitError with the whole seconds until one is free. */
export type RateLimiter = (key: string) => void;

/** Builds a limiter; `now` is injectable so tests need not wait. */
export function createRateLimiter(options: RateLimitOptions, now: () => number = () => performance.now()): RateLimiter {
  const { requests, perSeconds } = options;
  if (!Number.isSafeInteger(requests) || requests <= 0) throw new RangeError(`createLearnlensHandler: rateLimit.requests must be a positive integer, got ${requests}`);
  if (!Number.isFinite(perSeconds) || perSeconds <= 0) throw new RangeError(`createLearnlensHandler: rateLimit.perSeconds must be positive, got ${perSeconds}`);
  const perMs = requests / (perSeconds * 1000);
  const buckets = new Map<string, Bucket>();

  function sweep(t: number): void {
    for (const [key, bucket] of buckets) {
      if (bucket.tokens + (t - bucket.at) * perMs >= requests) buckets.delete(key);
    }
  }

  return (key) => {
    const t = now();
    let bucket = buckets.get(key);
    if (!bucket) {
      if (buckets.size >= MAX_BUCKETS) sweep(t);
      bucket = { tokens: requests, at: t };
      buckets.set(key, bucket);
    }
    bucket.tokens = Math.min(requests, bucket.tokens + (t - bucket.at) * perMs);
    bucket.at = t;
    if (bucket.tokens < 1) throw new RateLimitError(Math.max(1, Math.ceil((1 - bucket.tokens) / perMs / 1000)));
    bucket.tokens -= 1;
  };
}
