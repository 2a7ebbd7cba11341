// `pnpm bench`: the mock engine and the DuckDB adapter answering the same catalog queries over one dataset of about
// 1,000,000 attempts, through the same client path; writes bench/results.md. Run through tsx from scripts/bench.mjs.
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDuckDbAdapter } from '../packages/adapter-duckdb/src/index.js';
import { differences } from '../packages/adapter-duckdb/src/test-fixtures/compare.js';
import { writeDataset } from '../packages/adapter-duckdb/src/test-fixtures/writeDataset.js';
import { createClient, type LearnlensClient } from '../packages/data-client/src/index.js';
import { createMockAdapter, createMockDataset, tableNames, tableRows, type MockDataset } from '../packages/mock/src/index.js';
import { describeMachine, packageVersion } from './machine.js';
import { renderReport, type Measured } from './report.js';
import { benchScenarios, type Scenario } from './scenarios.js';
import { measure, median } from './timing.js';

const OPTIONS = { seed: 42, targetAttempts: 1_000_000 } as const;
const WARMUP = 3;
const RUNS = 11;
const here = fileURLToPath(new URL('.', import.meta.url));
const dataDir = join(here, '.data', `seed${OPTIONS.seed}-${OPTIONS.targetAttempts}`);

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

// The Parquet files are reused while they describe the same dataset (the generator may change between runs).
async function ensureParquet(dataset: MockDataset): Promise<number | null> {
  const stamp = join(dataDir, 'dataset.json');
  const wanted = JSON.stringify({ options: OPTIONS, counts: tableCounts(dataset) });
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === wanted) return null;
  rmSync(dataDir, { recursive: true, force: true });
  const t0 = performance.now();
  await writeDataset(dataDir, 'parquet', (table) => tableRows(dataset, table));
  writeFileSync(stamp, wanted);
  return performance.now() - t0;
}

async function time(client: LearnlensClient, s: Scenario) {
  return measure(() => client.query(s.query, s.params as never, { viewer: s.viewer }), WARMUP, RUNS);
}

async function main(): Promise<void> {
  console.log(`[bench] generating createMockDataset(${JSON.stringify(OPTIONS)})`);
  let t0 = performance.now();
  const dataset = createMockDataset(OPTIONS);
  const generateMs = performance.now() - t0;
  console.log(`[bench] ${dataset.attempts.length.toLocaleString('en-US')} attempts in ${(generateMs / 1000).toFixed(1)} s`);
  const writeMs = await ensureParquet(dataset);
  console.log(writeMs === null ? `[bench] reusing ${dataDir}` : `[bench] wrote Parquet in ${(writeMs / 1000).toFixed(1)} s`);
  const parquetBytes = readdirSync(dataDir).reduce((sum, f) => sum + statSync(join(dataDir, f)).size, 0);

  t0 = performance.now();
  const duckAdapter = await createDuckDbAdapter({ dir: dataDir, format: 'parquet' });
  const loadMs = performance.now() - t0;
  console.log(`[bench] DuckDB loaded ${tableNames.length} tables in ${(loadMs / 1000).toFixed(1)} s`);
  const mock = createClient({ adapter: createMockAdapter({ dataset }) });
  const duck = createClient({ adapter: duckAdapter });
  const loadBefore = describeMachine().loadAverage;
  // DuckDB's floor per query: the scope statement runs twice (the client's check, then again inside `run`).
  const viewer = benchScenarios(dataset)[0]!.viewer;
  const scope = await measure(() => duckAdapter.resolveScope({ viewer, userIds: [], teamId: undefined }), WARMUP, RUNS);

  const results: Measured[] = [];
  for (const scenario of benchScenarios(dataset)) {
    const m = await time(mock, scenario);
    const d = await time(duck, scenario);
    const r: Measured = { scenario, mockMs: median(m.ms), duckMs: median(d.ms), differences: differences(d.result, m.result) };
    results.push(r);
    console.log(
      `[bench] ${scenario.query.padEnd(22)} ${scenario.label.padEnd(48)} mock ${r.mockMs.toFixed(2).padStart(8)} ms  duckdb ${r.duckMs.toFixed(2).padStart(8)} ms` +
        (r.differences.length > 0 ? `  DIFFERENT: ${r.differences[0]}` : ''),
    );
  }
  duckAdapter.close();

  const report = renderReport(
    {
      date: new Date().toISOString(),
      machine: describeMachine(),
      loadBefore,
      scopeMs: median(scope.ms),
      versions: {
        '@duckdb/node-api': packageVersion('node_modules/@duckdb/node-api/package.json'),
        '@learnlens/data-client': packageVersion('packages/data-client/package.json'),
        '@learnlens/mock': packageVersion('packages/mock/package.json'),
        '@learnlens/adapter-duckdb': packageVersion('packages/adapter-duckdb/package.json'),
      },
      tables: tableCounts(dataset),
      parquetMiB: parquetBytes / 2 ** 20,
      generateMs,
      writeMs,
      loadMs,
      warmup: WARMUP,
      runs: RUNS,
    },
    results,
  );
  writeFileSync(join(here, 'results.md'), report);
  console.log('[bench] wrote bench/results.md');
}

main().catch((error: unknown) => {
  console.error('[bench] failed:', error instanceof Error ? error.message : error);
  process.exit(1);
});
