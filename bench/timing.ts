/** Median of a list of numbers. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Runs `fn` `warmup` times (the first timed alone), then `runs` times timed; returns each timed run in ms, the first call's, and the last result. */
export async function measure<T>(fn: () => Promise<T>, warmup: number, runs: number): Promise<{ ms: number[]; firstMs: number; result: T }> {
  const t = performance.now();
  let result = await fn();
  const firstMs = performance.now() - t;
  for (let i = 1; i < warmup; i++) result = await fn();
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    result = await fn();
    ms.push(performance.now() - t0);
  }
  return { ms, firstMs, result };
}

/** Wall-clock and CPU milliseconds of each timed call. */
export interface Samples {
  wallMs: number[];
  /** The process's user + system CPU time over the call (`process.cpuUsage`). */
  cpuMs: number[];
}

// CPU time of this process in ms. On a loaded machine a call's wall time includes the time other processes held
// the core; its CPU time does not, so a ratio of CPU times stays put while the load changes.
function cpuNow(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

function timeOnce(fn: () => unknown, into: Samples): void {
  const c0 = cpuNow();
  const t0 = performance.now();
  fn();
  into.wallMs.push(performance.now() - t0);
  into.cpuMs.push(cpuNow() - c0);
}

/**
 * Times two synchronous calls alternately: `warmup` untimed rounds, then `runs` rounds of one call of each, the order
 * swapped every round, so that a change of load during the measurement hits both alike (timing all of one, then all
 * of the other, lets a burst of other work land on one side only). Returns both sides' wall and CPU samples.
 */
export function measureAlternately(a: () => unknown, b: () => unknown, warmup: number, runs: number): { a: Samples; b: Samples } {
  for (let i = 0; i < warmup; i++) {
    a();
    b();
  }
  const out = { a: { wallMs: [], cpuMs: [] } as Samples, b: { wallMs: [], cpuMs: [] } as Samples };
  for (let i = 0; i < runs; i++) {
    if (i % 2 === 0) {
      timeOnce(a, out.a);
      timeOnce(b, out.b);
    } else {
      timeOnce(b, out.b);
      timeOnce(a, out.a);
    }
  }
  return out;
}
