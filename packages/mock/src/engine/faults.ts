// Fault injection for QA: the mock adapter fails, answers late or answers
// garbage on purpose, drawing from a seeded generator so a run can be replayed.

/** The mock adapter's fault switches; `setFaults` changes them at run time. */
export interface MockFaults {
  /** Delay before each query answers, in ms; an abort during the delay rejects at once. */
  latencyMs: number;
  /** Probability (0–1) that a query rejects with a transient AdapterError. */
  failureRate: number;
  /** Probability (0–1) that a query resolves with a result that violates its schema. */
  malformedRate: number;
  /** When true every audit write fails, so every export is refused. */
  failAuditWrites: boolean;
}

/** Throws a RangeError naming the first switch that is out of range. */
export function checkFaults(faults: MockFaults): void {
  if (!(faults.latencyMs >= 0) || !Number.isFinite(faults.latencyMs)) {
    throw new RangeError(`latencyMs must be a finite number >= 0, got ${faults.latencyMs}`);
  }
  for (const key of ['failureRate', 'malformedRate'] as const) {
    if (!(faults[key] >= 0 && faults[key] <= 1)) throw new RangeError(`${key} must be between 0 and 1, got ${faults[key]}`);
  }
}

/** A seeded generator of uniform numbers in [0, 1) (mulberry32): the same seed gives the same sequence. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Resolves after `ms`; rejects with `signal.reason` as soon as the signal aborts (or at once if it already has). */
export function delay(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

function stringifyNumbers(value: unknown, found: { numbers: number }): unknown {
  if (typeof value === 'number') {
    found.numbers++;
    return String(value);
  }
  if (Array.isArray(value)) return value.map((v) => stringifyNumbers(v, found));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, stringifyNumbers(v, found)]));
  }
  return value;
}

/**
 * A result as a drifting backend might send it: every number as a string (as drivers return SQL numerics),
 * or null when the result holds no number. Either way it fails the query's result schema.
 */
export function malformedResult(result: unknown): unknown {
  const found = { numbers: 0 };
  const drifted = stringifyNumbers(result, found);
  return found.numbers > 0 ? drifted : null;
}
