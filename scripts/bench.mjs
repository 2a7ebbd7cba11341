#!/usr/bin/env node
// `pnpm bench`: installs what is missing (pnpm, the workspace's packages), then times the mock engine against its
// plain-scan floor and the real backends on the small and the realistic population (1,000,000 attempts each; `--10m`
// adds the realistic one at 10,000,000), exports beside DuckDB's COPY and a host's bundle sizes, and writes
// bench/results.md. Not part of `pnpm test`.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { ensurePnpm, installPackages } from './setup.mjs';

const root = resolve(import.meta.dirname, '..');
process.chdir(root);

ensurePnpm();
installPackages();

// The dataset and DuckDB's copy of it live in one process: give the heap room beyond Node's default (the 10M dataset
// itself holds ~0.5 GiB of heap, docs/mock.md, but writing DuckDB's Parquet files and large results add to it). --expose-gc lets the bench measure heap and memory growth from a collected state.
const options = [process.env.NODE_OPTIONS, '--max-old-space-size=8192', '--expose-gc'].filter(Boolean).join(' ');
// `pnpm bench --cluster`: instead, one ClickHouse server beside a 2 × 2 cluster at 10M attempts (opt-in: slow to load).
if (process.argv.includes('--cluster')) {
  const cluster = spawnSync('pnpm', ['exec', 'tsx', 'bench/clickhouseCluster.ts'], { stdio: 'inherit', env: { ...process.env, NODE_OPTIONS: options } });
  process.exit(cluster.status ?? 1);
}
// `pnpm bench --pipeline`: seed 001's transform beside plain DuckDB SQL at 10M raw events (opt-in: a 1.5 GiB file).
if (process.argv.includes('--pipeline')) {
  const pipeline = spawnSync('pnpm', ['exec', 'tsx', 'bench/pipeline.ts'], { stdio: 'inherit', env: { ...process.env, NODE_OPTIONS: options } });
  process.exit(pipeline.status ?? 1);
}
// `pnpm bench --stories` (or BENCH_ONLY=stories): each widget's and view's data story opened cold in Chromium over a
// static Storybook build, time to data (issue 10 §7: within 2 s): bench/stories-results.md. Nothing else.
if (process.argv.includes('--stories') || process.env.BENCH_ONLY === 'stories') {
  const rebuild = process.argv.includes('--rebuild') ? ['--rebuild'] : [];
  const stories = spawnSync('pnpm', ['exec', 'tsx', 'bench/stories/run.ts', ...rebuild], { stdio: 'inherit' });
  process.exit(stories.status ?? 1);
}
const flags = process.argv.slice(2).filter((a) => a === '--10m');
const bench = spawnSync('pnpm', ['exec', 'tsx', 'bench/run.ts', ...flags], { stdio: 'inherit', env: { ...process.env, NODE_OPTIONS: options } });
// BENCH_ONLY=export: the exports alone (bench/run.ts writes their section of the report), nothing else; BENCH_ONLY=engine:
// the realistic population's engine beside its floor (bench/.data/engine-results-<N>.md), nothing else.
if (process.env.BENCH_ONLY === 'export' || process.env.BENCH_ONLY === 'engine') process.exit(bench.status ?? 1);
// Scope resolution and client overhead at 100,000 learners per org: bench/scope-results.md.
const scope = spawnSync('pnpm', ['exec', 'tsx', 'bench/scope/run.ts'], { stdio: 'inherit', env: { ...process.env, NODE_OPTIONS: options } });
// @learnlens/server under load: throughput at 1 and 8 clients, latency beside a pathological request: bench/server-results.md.
const server = spawnSync('pnpm', ['exec', 'tsx', 'bench/server.ts'], { stdio: 'inherit', env: { ...process.env, NODE_OPTIONS: options } });
// Widget render timings beside bare echarts and bare react-table (real Chromium when installed): bench/ui-results.md.
const ui = spawnSync('pnpm', ['exec', 'tsx', 'bench/ui/run.ts'], { stdio: 'inherit' });
process.exit(bench.status || scope.status || server.status || ui.status || 0);
