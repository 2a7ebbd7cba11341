// `pnpm bench`: the mock engine against each real backend — DuckDB in process, a throwaway PostgreSQL and ClickHouse,
// and @learnlens/server over HTTP in front of the mock engine — answering the same catalog queries through the same
// client path, on the small population (201 users) and a realistic one (5 orgs × 10,000 learners; with --10m also at
// 10M attempts); beside each scenario the engine alone and its plain typed-array scan floor; then exports beside
// DuckDB's COPY and a host's bundle sizes. Writes bench/results.md. Run through tsx from scripts/bench.mjs.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getHeapStatistics } from 'node:v8';
import { differences } from '../packages/adapter-duckdb/src/test-fixtures/compare.js';
import { createClient, type AdapterRequest, type LearnlensClient } from '../packages/data-client/src/index.js';
import { runQuery } from '../packages/mock/src/engine/dispatch.js';
import { resolveScope } from '../packages/mock/src/engine/scope.js';
import { createMockAdapter, createMockDataset, type MockDataset } from '../packages/mock/src/index.js';
import { startClickHouseBench } from './backends/clickhouse.js';
import { startDuckDb, type DuckDbBench } from './backends/duckdb.js';
import { startHttpBench } from './backends/http.js';
import { startPostgresBench } from './backends/postgres.js';
import type { BenchBackend, SkippedBackend } from './backends/types.js';
import { measureExports, type ExportMeasure } from './export.js';
import { floorScan } from './floor.js';
import { describeMachine, packageVersion } from './machine.js';
import { benchOptions, REALISTIC, type BackendName, type BenchDataset } from './options.js';
import { exportSection, renderEngineReport, renderReport, type BackendTiming, type DatasetReport, type Measured } from './report.js';
import { benchScenarios, benchViewers, type Scenario } from './scenarios.js';
import { measure, measureAlternately, median } from './timing.js';

const WARMUP = 3;
const RUNS = 11;
// The engine and its floor are timed in alternation, more rounds than the client (each call is short), after enough
// calls of both that V8 has compiled what runs around their loops too: after 3, the realistic masteryTrend (admin,
// weekly) measured 2.7x its floor, after 200 more 2.0x. A host's engine answers many queries, so steady state is the
// fair measure; both sides get the same warm-up.
const PAIR_WARMUP = 60;
const PAIR_RUNS = 21;
const here = fileURLToPath(new URL('.', import.meta.url));
const root = join(here, '..');

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

// On the realistic population the backends' answers take up to a second: fewer calls there keep a run under an hour.
const BACKEND_RUNS = { small: [WARMUP, RUNS], realistic: [1, 5] } as const;

async function time(client: LearnlensClient, s: Scenario, [warmup, runs]: readonly [number, number] = [WARMUP, RUNS]) {
  return measure(() => client.query(s.query, s.params as never, { viewer: s.viewer }), warmup, runs);
}

// The engine alone (parameters parsed and the scope resolved once, outside the timing, as a backend's `run` receives
// them) and its plain-scan floor, called alternately so that load on the machine hits both alike.
function timeEngineAndFloor(client: LearnlensClient, dataset: MockDataset, s: Scenario) {
  const params = client.parseParams(s.query, s.params);
  const requested = [...((params as { userIds?: string[] }).userIds ?? [])];
  const userId = (params as { userId?: string }).userId;
  if (userId !== undefined) requested.push(userId);
  if (s.query === 'personalStats' && userId === undefined) (params as { userId?: string }).userId = s.viewer.userId;
  const scope = resolveScope(dataset, { viewer: s.viewer, userIds: requested, teamId: (params as { teamId?: string }).teamId });
  const request = { name: s.query, params, scope } as AdapterRequest;
  const { scan, rows } = floorScan(dataset, s);
  let sink = 0;
  const m = measureAlternately(
    () => runQuery(dataset, request),
    () => (sink += scan()),
    PAIR_WARMUP,
    PAIR_RUNS,
  );
  if (sink === 42.4242) console.log(''); // keeps the sum alive
  return {
    engineMs: median(m.a.wallMs),
    engineCpuMs: median(m.a.cpuMs),
    floorMs: median(m.b.wallMs),
    floorCpuMs: median(m.b.cpuMs),
    floorRows: rows,
  };
}

// A backend that cannot be set up is reported as skipped rather than ending the whole run.
async function setUp(name: BackendName, start: () => Promise<BenchBackend | SkippedBackend>): Promise<BenchBackend | SkippedBackend> {
  try {
    return await start();
  } catch (error) {
    return { name, reason: `setup failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}` };
  }
}

async function timeBackend(backend: BenchBackend, scenario: Scenario, reference: unknown, runs: readonly [number, number]): Promise<BackendTiming> {
  try {
    const t = await time(backend.client, scenario, runs);
    return { ms: median(t.ms), differences: differences(t.result, reference) };
  } catch (error) {
    const failed = error instanceof Error ? error.message.split('\n')[0]! : String(error);
    return { ms: Number.NaN, failed, differences: [`failed: ${failed}`] };
  }
}

const call = (g: BenchDataset['generator']) =>
  `createMockDataset(${JSON.stringify(g).replace(/"(\w+)":/g, '$1: ').replace(/,/g, ', ').replace(/(\d{4,})/g, (n) => Number(n).toLocaleString('en-US').replace(/,/g, '_'))})`;

async function runDataset(spec: BenchDataset, queries: readonly string[]): Promise<DatasetReport> {
  console.log(`[bench] ${spec.name}: generating ${call(spec.generator)}; backends: ${spec.backends.join(', ') || 'none'}`);
  global.gc?.();
  const heap0 = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  const dataset = createMockDataset(spec.generator);
  const generateMs = performance.now() - t0;
  global.gc?.();
  const heapMiB = (process.memoryUsage().heapUsed - heap0) / 2 ** 20;
  const tables = tableCounts(dataset);
  console.log(`[bench] ${dataset.attempts.length.toLocaleString('en-US')} attempts in ${(generateMs / 1000).toFixed(1)} s`);

  const dataDir = join(here, '.data', `${spec.name}-seed${spec.generator.seed}-${spec.generator.targetAttempts}`);
  const stamp = JSON.stringify({ options: spec.generator, counts: tables });
  const starters: Record<BackendName, () => Promise<BenchBackend | SkippedBackend>> = {
    duckdb: () => startDuckDb(dataset, dataDir, stamp, benchViewers(dataset).admin),
    postgres: () => startPostgresBench(dataset),
    clickhouse: () => startClickHouseBench(dataset),
    http: () => startHttpBench(dataset),
  };
  const backends: BenchBackend[] = [];
  const skipped: SkippedBackend[] = [];
  for (const name of spec.backends) {
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
  for (const scenario of benchScenarios(dataset).filter((x) => queries.length === 0 || queries.includes(x.query))) {
    // A full collection before each timed part (scripts/bench.mjs passes --expose-gc), so no scenario pays for the
    // garbage of the ones before it: the previous scenario's backend answers left the collector marking on its helper
    // threads, whose CPU time process.cpuUsage charged to the next engine calls (the small population's
    // masteryTrend once measured 3.5 ms of CPU in 2.3 ms of wall time).
    global.gc?.();
    const m = await time(mock, scenario);
    global.gc?.();
    const pair = timeEngineAndFloor(mock, dataset, scenario);
    const r: Measured = { scenario, mockMs: median(m.ms), firstMs: m.firstMs, ...pair, backends: {} };
    let line = `[bench] ${scenario.query.padEnd(22)} ${scenario.label.padEnd(48)} mock ${r.mockMs.toFixed(2).padStart(8)} ms (first ${r.firstMs.toFixed(1)}) engine ${pair.engineMs.toFixed(2)} (cpu ${pair.engineCpuMs.toFixed(2)}) floor ${pair.floorMs.toFixed(2)} (cpu ${pair.floorCpuMs.toFixed(2)}) cpu ratio ${(pair.engineCpuMs / pair.floorCpuMs).toFixed(1)}`;
    for (const backend of backends) {
      const reference = backend.reference ? await backend.reference.query(scenario.query, scenario.params as never, { viewer: scenario.viewer }) : m.result;
      const t = await timeBackend(backend, scenario, reference, spec.name === 'small' ? BACKEND_RUNS.small : BACKEND_RUNS.realistic);
      r.backends[backend.name] = t;
      line += `  ${backend.name} ${t.failed ? 'FAILED' : `${t.ms.toFixed(2).padStart(8)} ms`}${t.differences.length > 0 ? ' (DIFFERENT)' : ''}`;
    }
    results.push(r);
    console.log(line);
  }
  for (const backend of backends) await backend.close();
  const duck = backends.find((b): b is DuckDbBench => b.name === 'duckdb');
  return {
    name: spec.name,
    description: spec.description,
    datasetCall: call(spec.generator),
    tables,
    generateMs,
    heapMiB,
    loadBefore,
    loadAfter: describeMachine().loadAverage,
    backends: backends.map(({ name, description, setupMs, notes }) => ({ name, description, setupMs, notes })),
    skipped,
    ...(duck && { duckdb: { parquetMiB: duck.parquetMiB, writeMs: duck.writeMs, scopeMs: duck.scopeMs } }),
    results,
  };
}

// One org holding about a million attempts of a realistic population, so one export writes ~1M rows.
async function runExports(targetAttempts: number): Promise<{ call: string; measures: ExportMeasure[]; load: { before: string; after: string } }> {
  const generator = { seed: 42, orgs: 1, learnersPerOrg: REALISTIC.learnersPerOrg * REALISTIC.orgs, targetAttempts, withEvents: false };
  console.log(`[bench] exports: generating ${call(generator)}`);
  const dataset = createMockDataset(generator);
  const admin = benchViewers(dataset).admin;
  const range = dataset.ranges.attempts[0]!;
  // The CSV export stops at its 10,000-row cap: `to` is the first day that would exceed it.
  const edge = dataset.attempts.startedAt[Math.min(range.end - 1, range.start + 9_999)]!;
  const csvTo = new Date(Math.floor(edge / 86_400_000) * 86_400_000).toISOString().slice(0, 10);
  const dir = join(here, '.data', 'exports');
  mkdirSync(dir, { recursive: true });
  const before = describeMachine().loadAverage;
  const measures = await measureExports(dataset, admin, dir, csvTo);
  return { call: call(generator), measures, load: { before, after: describeMachine().loadAverage } };
}

// `BENCH_ONLY=export`: the exports alone; their section replaces the one in the report, the rest stays as it was.
async function exportsOnly(targetAttempts: number, out: string): Promise<void> {
  const section = exportSection({ exports: await runExports(targetAttempts) }).join('\n');
  const report = existsSync(out) ? readFileSync(out, 'utf8') : '';
  const start = report.indexOf('\n## Exports\n');
  const end = start < 0 ? -1 : report.indexOf('\n## ', start + 1);
  const next = start < 0 ? `${report}\n${section}` : `${report.slice(0, start + 1)}${section}${end < 0 ? '' : report.slice(end)}`;
  writeFileSync(out, next);
  console.log(`[bench] wrote the export section of ${out}`);
}

// What a host bundles (the test measures the same builds and prints their sizes).
function bundleSizes(): string[] {
  const run = spawnSync('pnpm', ['exec', 'vitest', 'run', 'tests/bundleSize.test.ts'], { cwd: root, encoding: 'utf8' });
  const lines = `${run.stdout}\n${run.stderr}`
    .split('\n')
    .map((l) => l.replace(/\x1b\[[0-9;]*m/g, '').trim())
    .filter((l) => /KiB/.test(l) && !/^(stdout|✓|×|❯)/.test(l));
  return lines.length > 0 ? lines : [`(the bundle-size test did not run: exit ${run.status})`];
}

async function main(): Promise<void> {
  const options = benchOptions();
  // Only the full-size run replaces the committed report; smaller ones land next to their data, which git ignores.
  const out = options.canonical ? join(here, 'results.md') : join(here, '.data', `results-${options.targetAttempts}.md`);
  if (options.only === 'export') return exportsOnly(options.targetAttempts, out);
  const reports: DatasetReport[] = [];
  for (const spec of options.datasets) reports.push(await runDataset(spec, options.queries));
  if (options.only === 'engine') {
    // BENCH_ONLY=engine: the engine beside its floor, for quick iteration; never the committed report.
    const engineOut = join(here, '.data', `engine-results-${options.targetAttempts}.md`);
    mkdirSync(join(here, '.data'), { recursive: true });
    writeFileSync(engineOut, renderEngineReport({ date: new Date().toISOString(), machine: describeMachine(), warmup: WARMUP, runs: RUNS, pairWarmup: PAIR_WARMUP, pairRuns: PAIR_RUNS }, reports));
    console.log(`[bench] wrote ${engineOut}`);
    return;
  }
  const exports = await runExports(options.targetAttempts);
  console.log('[bench] bundle sizes');
  const bundles = bundleSizes();
  const versions: Record<string, string> = {
    '@learnlens/data-client': packageVersion('packages/data-client/package.json'),
    '@learnlens/mock': packageVersion('packages/mock/package.json'),
  };
  for (const b of new Set(reports.flatMap((r) => r.backends.map((x) => x.name)))) {
    const pkg = b === 'http' ? 'server' : `adapter-${b}`;
    versions[`@learnlens/${pkg}`] = packageVersion(`packages/${pkg}/package.json`);
  }
  const report = renderReport(
    {
      date: new Date().toISOString(),
      machine: describeMachine(),
      heapLimitMiB: getHeapStatistics().heap_size_limit / 2 ** 20,
      versions,
      warmup: WARMUP,
      runs: RUNS,
      pairWarmup: PAIR_WARMUP,
      pairRuns: PAIR_RUNS,
      exports,
      bundles,
    },
    reports,
  );
  writeFileSync(out, report);
  console.log(`[bench] wrote ${out}`);
}

main().catch((error: unknown) => {
  console.error('[bench] failed:', error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
