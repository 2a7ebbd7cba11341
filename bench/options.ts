/** The backends timed against the mock engine. */
export const backendNames = ['duckdb', 'postgres', 'clickhouse', 'http'] as const;

/** A backend name. */
export type BackendName = (typeof backendNames)[number];

/** What one bench run measures, from the environment. */
export interface BenchOptions {
  seed: number;
  /** BENCH_ATTEMPTS (default 1,000,000): a small number makes a quick run while developing. */
  targetAttempts: number;
  /** BENCH_BACKENDS (default all): a comma-separated subset of duckdb, postgres, clickhouse, http. */
  backends: readonly BackendName[];
}

/** Reads BENCH_ATTEMPTS and BENCH_BACKENDS, refusing values that are not understood. */
export function benchOptions(env: NodeJS.ProcessEnv = process.env): BenchOptions {
  const attemptsText = env.BENCH_ATTEMPTS ?? '1000000';
  const targetAttempts = Number(attemptsText.replace(/_/g, ''));
  if (!Number.isSafeInteger(targetAttempts) || targetAttempts < 1_000) {
    throw new Error(`BENCH_ATTEMPTS must be a whole number of at least 1000, not "${attemptsText}"`);
  }
  const wanted = (env.BENCH_BACKENDS ?? backendNames.join(',')).split(',').map((b) => b.trim()).filter(Boolean);
  const unknown = wanted.find((b) => !(backendNames as readonly string[]).includes(b));
  if (unknown !== undefined) throw new Error(`BENCH_BACKENDS: unknown backend "${unknown}"; known: ${backendNames.join(', ')}`);
  return { seed: 42, targetAttempts, backends: backendNames.filter((b) => wanted.includes(b)) };
}
