// `pnpm bench`: the mock engine against each real backend — DuckDB in process, a throwaway PostgreSQL and ClickHouse,
// and @learnlens/server over HTTP in front of the mock engine — answering the same catalog queries over one dataset of
// about 1,000,000 attempts, through the same client path; writes bench/results.md. Run through tsx from
// scripts/bench.mjs. BENCH_ATTEMPTS and BENCH_BACKENDS make smaller runs (bench/README.md).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { differences } from '../packages/adapter-duckdb/src/test-fixtures/compare.js';
import { createClient, type LearnlensClient } from '../packages/data-client/src/index.js';
import { createMockAdapter, createMockDataset, type MockDataset } from '../packages/mock/src/index.js';
import { startClickHouseBench } from './backends/clickhouse.js';
import { startDuckDb, type DuckDbBench } from './backends/duckdb.js';
import { startHttpBench } from './backends/http.js';
import { startPostgresBench } from './backends/postgres.js';
import type { BenchBackend, SkippedBackend } from './backends/types.js';
import { describeMachine, packageVersion } from './machine.js';
import { benchOptions, type BackendName } from './options.js';
import { renderReport, type BackendTiming, type Measured } from './report.js';
import { benchScenarios, benchViewers, type Scenario } from './scenarios.js';
import { measure, median } from './timing.js';

const WARMUP = 3;
const RUNS = 11;
const here = fileURLToPath(new URL('.', import.meta.url));

function tableCounts(dataset: MockDataset): Record<string, number> {
  return {
    orgs: dataset.orgs.length,
    users: dataset.users.length,
    activities: dataset.activities.length,
    attempts: dataset.attempts.length,
    sessions: dataset.sessions.length,
    events: dataset.events.length,
    mastery_deltas: dataset.mastery.length,
    assignments: dataset.assignments.length,
  };
}

async function time(client: LearnlensClient, s: Scenario) {
  return measure(() => client.query(s.query, s.params as never, { viewer: s.viewer }), WARMUP, RUNS);
}

// A backend that cannot be set up is reported as skipped rather than ending the whole run.
async function setUp(name: BackendName, start: () => Promise<BenchBackend | SkippedBackend>): Promise<BenchBackend | SkippedBackend> {
  try {
    return await start();
  } catch (error) {
    return { name, reason: `setup failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}` };
  }
}

async function timeBackend(backend: BenchBackend, scenario: Scenario, reference: unknown): Promise<BackendTiming> {
  try {
    const t = await time(backend.client, scenario);
    return { ms: median(t.ms), differences: differences(t.result, reference) };
  } catch (error) {
    const failed = error instanceof Error ? error.message.split('\n')[0]! : String(error);
    return { ms: Number.NaN, failed, differences: [`failed: ${failed}`] };
  }
}

async function main(): Promise<void> {
  const options = benchOptions();
  const generator = { seed: options.seed, targetAttempts: options.targetAttempts };
  console.log(`[bench] generating createMockDataset(${JSON.stringify(generator)}); backends: ${options.backends.join(', ') || 'none'}`);
  const t0 = performance.now();
  const dataset = createMockDataset(generator);
  const generateMs = performance.now() - t0;
  const tables = tableCounts(dataset);
  console.log(`[bench] ${dataset.attempts.length.toLocaleString('en-US')} attempts in ${(generateMs / 1000).toFixed(1)} s`);

  const dataDir = join(here, '.data', `seed${generator.seed}-${generator.targetAttempts}`);
  const stamp = JSON.stringify({ options: generator, counts: tables });
  const starters: Record<BackendName, () => Promise<BenchBackend | SkippedBackend>> = {
    duckdb: () => startDuckDb(dataset, dataDir, stamp, benchViewers(dataset).admin),
    postgres: () => startPostgresBench(dataset),
    clickhouse: () => startClickHouseBench(dataset),
    http: () => startHttpBench(dataset),
  };
  const backends: BenchBackend[] = [];
  const skipped: SkippedBackend[] = [];
  for (const name of options.backends) {
    console.log(`[bench] setting up ${name}`);
    const b = await setUp(name, starters[name]);
    if ('client' in b) backends.push(b);
    else {
      skipped.push(b);
      console.log(`[bench] skipping ${name}: ${b.reason}`);
    }
  }

  const mock = createClient({ adapter: createMockAdapter({ dataset }) });
  const loadBefore = describeMachine().loadAverage;
  const results: Measured[] = [];
  for (const scenario of benchScenarios(dataset)) {
    const m = await time(mock, scenario);
    const r: Measured = { scenario, mockMs: median(m.ms), backends: {} };
    let line = `[bench] ${scenario.query.padEnd(22)} ${scenario.label.padEnd(48)} mock ${r.mockMs.toFixed(2).padStart(8)} ms`;
    for (const backend of backends) {
      const reference = backend.reference ? await backend.reference.query(scenario.query, scenario.params as never, { viewer: scenario.viewer }) : m.result;
      const t = await timeBackend(backend, scenario, reference);
      r.backends[backend.name] = t;
      line += `  ${backend.name} ${t.failed ? 'FAILED' : `${t.ms.toFixed(2).padStart(8)} ms`}${t.differences.length > 0 ? ' (DIFFERENT)' : ''}`;
    }
    results.push(r);
    console.log(line);
  }
  for (const backend of backends) await backend.close();

  const duck = backends.find((b): b is DuckDbBench => b.name === 'duckdb');
  const report = renderReport(
    {
      date: new Date().toISOString(),
      machine: describeMachine(),
      loadBefore,
      versions: {
        '@learnlens/data-client': packageVersion('packages/data-client/package.json'),
        '@learnlens/mock': packageVersion('packages/mock/package.json'),
        ...Object.fromEntries(
          backends.map((b) => {
            const pkg = b.name === 'http' ? 'server' : `adapter-${b.name}`;
            return [`@learnlens/${pkg}`, packageVersion(`packages/${pkg}/package.json`)];
          }),
        ),
      },
      datasetCall: `createMockDataset({ seed: ${generator.seed}, targetAttempts: ${generator.targetAttempts.toLocaleString('en-US').replace(/,/g, '_')} })`,
      tables,
      generateMs,
      warmup: WARMUP,
      runs: RUNS,
      backends: backends.map(({ name, description, setupMs, notes }) => ({ name, description, setupMs, notes })),
      skipped,
      ...(duck && { duckdb: { parquetMiB: duck.parquetMiB, writeMs: duck.writeMs, scopeMs: duck.scopeMs } }),
    },
    results,
  );
  // Only the full-size run replaces the committed report; smaller ones land next to their data, which git ignores.
  const out = options.targetAttempts === 1_000_000 ? join(here, 'results.md') : join(here, '.data', `results-${options.targetAttempts}.md`);
  writeFileSync(out, report);
  console.log(`[bench] wrote ${out}`);
}

main().catch((error: unknown) => {
  console.error('[bench] failed:', error instanceof Error ? error.message : error);
  process.exit(1);
});
