import { queryNames } from '../packages/data-client/src/index.js';
import type { MockDatasetOptions } from '../packages/mock/src/index.js';

/** The backends timed against the mock engine. */
export const backendNames = ['duckdb', 'postgres', 'clickhouse', 'http'] as const;

/** A backend name. */
export type BackendName = (typeof backendNames)[number];

/** One dataset the bench runs every scenario on. */
export interface BenchDataset {
  /** Short name, for the report and the data directory. */
  name: string;
  /** What it stands for, one line. */
  description: string;
  generator: MockDatasetOptions;
  /** The backends timed on it (the mock engine always is). */
  backends: readonly BackendName[];
}

/** What one bench run measures, from the environment and flags. */
export interface BenchOptions {
  seed: number;
  /** BENCH_ATTEMPTS (default 1,000,000): a small number makes a quick run while developing. */
  targetAttempts: number;
  /** BENCH_BACKENDS (default all): a comma-separated subset of duckdb, postgres, clickhouse, http. */
  backends: readonly BackendName[];
  /** The datasets, in order: the small population, the realistic one, and with --10m the realistic one at 10M. */
  datasets: BenchDataset[];
  /** Whether the report goes to bench/results.md (only the default full-size run of every query). */
  canonical: boolean;
  /**
   * BENCH_ONLY=export: only the exports, whose section replaces the report's (the rest of the report stays);
   * BENCH_ONLY=engine: only the realistic population's mock engine beside its floor (bench/.data/engine-results.md).
   */
  only?: 'export' | 'engine';
  /** BENCH_QUERIES: only the scenarios of these catalog queries (comma-separated); all when empty. */
  queries: readonly string[];
}

/** Learners per org of the realistic population (issue 9: 5 orgs × 10,000 learners). */
export const REALISTIC = { orgs: 5, learnersPerOrg: 10_000 } as const;

/**
 * Reads BENCH_ATTEMPTS, BENCH_BACKENDS, BENCH_ONLY, BENCH_REALISTIC (0 leaves the realistic population out) and the `--10m`
 * flag (or BENCH_10M=1: adds the realistic population at 10,000,000 attempts, mock engine and DuckDB), refusing
 * values that are not understood.
 */
export function benchOptions(env: NodeJS.ProcessEnv = process.env, argv: readonly string[] = process.argv.slice(2)): BenchOptions {
  const attemptsText = env.BENCH_ATTEMPTS ?? '1000000';
  const targetAttempts = Number(attemptsText.replace(/_/g, ''));
  if (!Number.isSafeInteger(targetAttempts) || targetAttempts < 1_000) {
    throw new Error(`BENCH_ATTEMPTS must be a whole number of at least 1000, not "${attemptsText}"`);
  }
  const wanted = (env.BENCH_BACKENDS ?? backendNames.join(',')).split(',').map((b) => b.trim()).filter(Boolean);
  const unknown = wanted.find((b) => !(backendNames as readonly string[]).includes(b));
  if (unknown !== undefined) throw new Error(`BENCH_BACKENDS: unknown backend "${unknown}"; known: ${backendNames.join(', ')}`);
  const unknownFlag = argv.find((a) => a !== '--10m');
  if (unknownFlag !== undefined) throw new Error(`unknown flag "${unknownFlag}"; known: --10m`);
  const backends = backendNames.filter((b) => wanted.includes(b));
  const seed = 42;
  const duckdbOnly = backends.filter((b) => b === 'duckdb');
  const datasets: BenchDataset[] = [
    {
      name: 'small',
      description: '3 orgs × 60 learners (201 users), the generator defaults',
      generator: { seed, targetAttempts },
      backends,
    },
  ];
  if (env.BENCH_REALISTIC !== '0') {
    datasets.push({
      name: 'realistic',
      description: `${REALISTIC.orgs} orgs × ${REALISTIC.learnersPerOrg.toLocaleString('en-US')} learners`,
      generator: { seed, ...REALISTIC, targetAttempts },
      backends: duckdbOnly,
    });
  }
  if (argv.includes('--10m') || env.BENCH_10M === '1') {
    datasets.push({
      name: 'realistic-10m',
      description: `${REALISTIC.orgs} orgs × ${REALISTIC.learnersPerOrg.toLocaleString('en-US')} learners, 10,000,000 attempts`,
      generator: { seed, ...REALISTIC, targetAttempts: 10_000_000 },
      backends: duckdbOnly,
    });
  }
  const only = env.BENCH_ONLY;
  if (only !== undefined && only !== '' && only !== 'export' && only !== 'engine') {
    throw new Error(`BENCH_ONLY: unknown part "${only}"; known: export, engine, stories`);
  }
  const queries = (env.BENCH_QUERIES ?? '').split(',').map((q) => q.trim()).filter(Boolean);
  const unknownQuery = queries.find((q) => !(queryNames as readonly string[]).includes(q));
  if (unknownQuery !== undefined) throw new Error(`BENCH_QUERIES: unknown query "${unknownQuery}"`);
  if (only === 'engine') {
    // The engine beside its floor on the realistic population alone (with --10m, at 10M attempts instead): no
    // backend, nothing written to bench/results.md.
    const want = argv.includes('--10m') || env.BENCH_10M === '1' ? 'realistic-10m' : 'realistic';
    const realistic = datasets.filter((d) => d.name === want);
    if (realistic.length === 0) throw new Error('BENCH_ONLY=engine needs the realistic population (leave BENCH_REALISTIC unset)');
    return { seed, targetAttempts, backends: [], datasets: realistic.map((d) => ({ ...d, backends: [] })), canonical: false, only, queries };
  }
  return { seed, targetAttempts, backends, datasets, canonical: targetAttempts === 1_000_000 && queries.length === 0, queries, ...(only === 'export' && { only }) };
}
