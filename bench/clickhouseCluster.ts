// `pnpm bench --cluster` (scripts/bench.mjs → here, through tsx): the ClickHouse adapter on one server beside the
// same adapter on a 2-shard × 2-replica cluster (testing/clickhouseCluster.ts, the layout of
// docs/adapter-clickhouse.md), both on this machine, over one dataset of about 10,000,000 attempts; every catalog
// scenario of bench/scenarios.ts through the same `createClient(...).query` path. Writes bench/cluster-results.md.
//
// Opt-in, since loading tens of millions of rows takes a while on two cores: the single server is loaded from the
// generated dataset (INSERT … FORMAT JSONEachRow), then the cluster copies it server to server (`INSERT … SELECT FROM
// remote(…)` through its Distributed tables). BENCH_CLUSTER_ATTEMPTS sets another size (smaller runs write
// bench/.data/cluster-results-<N>.md, which git ignores).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  createCanonicalSchema,
  createClickHouseAdapter,
  createClusterSchema,
  loadDataset,
  type ClickHouseAdapter,
} from '../packages/adapter-clickhouse/src/index.js';
import { differences } from '../packages/adapter-duckdb/src/test-fixtures/compare.js';
import { createClient, tableNames, type LearnlensClient } from '../packages/data-client/src/index.js';
import { createMockDataset, tableRows } from '../packages/mock/src/index.js';
import { findClickHouseServer, startClickHouse } from '../testing/clickhouse.js';
import { startClickHouseCluster } from '../testing/clickhouseCluster.js';
import { zooKeeperInstalled } from '../testing/zookeeper.js';
import { timed } from './backends/types.js';
import { describeMachine, packageVersion } from './machine.js';
import { benchScenarios, type Scenario } from './scenarios.js';
import { measure, median } from './timing.js';

const WARMUP = 2;
const RUNS = 7;
const SEED = 42;
const here = fileURLToPath(new URL('.', import.meta.url));

function targetAttempts(): number {
  const text = process.env.BENCH_CLUSTER_ATTEMPTS ?? '10000000';
  const n = Number(text.replace(/_/g, ''));
  if (!Number.isSafeInteger(n) || n < 1_000) throw new Error(`BENCH_CLUSTER_ATTEMPTS must be a whole number of at least 1000, not "${text}"`);
  return n;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const fmt = (ms: number) => (Number.isNaN(ms) ? 'failed' : ms >= 100 ? ms.toFixed(0) : ms.toFixed(1));

interface Row {
  scenario: Scenario;
  single: number;
  cluster: number;
  /** How the cluster's answer differs from the single server's (empty when equal). */
  differs: string[];
}

async function time(client: LearnlensClient, s: Scenario): Promise<{ ms: number; result: unknown; failed?: string }> {
  try {
    const m = await measure(() => client.query(s.query, s.params as never, { viewer: s.viewer }), WARMUP, RUNS);
    return { ms: median(m.ms), result: m.result };
  } catch (error) {
    return { ms: Number.NaN, result: undefined, failed: error instanceof Error ? error.message.split('\n')[0]! : String(error) };
  }
}

async function rowCounts(adapter: ClickHouseAdapter): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of tableNames) {
    const [row] = await adapter.connection.select(`SELECT count() AS n FROM ${adapter.tables[table]}`);
    counts[table] = Number(row?.n ?? 0);
  }
  return counts;
}

async function main(): Promise<void> {
  if (findClickHouseServer() === null) throw new Error('the ClickHouse server binary (Debian package `clickhouse-server`) is not installed');
  if (!zooKeeperInstalled()) throw new Error('ZooKeeper and Java are not installed (Debian packages `zookeeper`, `default-jre-headless`)');
  const attempts = targetAttempts();
  console.log(`[bench:cluster] generating createMockDataset({ seed: ${SEED}, targetAttempts: ${attempts} })`);
  const [dataset, generateMs] = await timed(async () => createMockDataset({ seed: SEED, targetAttempts: attempts }));
  console.log(`[bench:cluster] ${dataset.attempts.length.toLocaleString('en-US')} attempts in ${seconds(generateMs)}`);

  const [[server, cluster], startMs] = await timed(() => Promise.all([startClickHouse(), startClickHouseCluster()]));
  try {
    const single = createClickHouseAdapter({ url: server.url, requestTimeoutMs: 600_000 });
    await createCanonicalSchema(single);
    const [, loadMs] = await timed(() => loadDataset(single, (table) => tableRows(dataset, table)));
    console.log(`[bench:cluster] single server loaded in ${seconds(loadMs)}`);

    const tables = await createClusterSchema({ url: cluster.url }, { cluster: cluster.name });
    const distributed = createClickHouseAdapter({ url: cluster.url, tables, requestTimeoutMs: 600_000 });
    // Server to server over the native protocol: facts through the Distributed tables (split by the sharding key),
    // the replicated dimension tables and audit log into the first node (replication copies them to the others).
    const [, copyMs] = await timed(async () => {
      for (const table of tableNames) {
        const source = `remote('127.0.0.1:${server.tcpPort}', default, ${table})`;
        await distributed.connection.command(`INSERT INTO ${distributed.tables[table]} SELECT * FROM ${source}`);
      }
      await cluster.syncReplicas();
    });
    console.log(`[bench:cluster] cluster copied in ${seconds(copyMs)}`);
    const [singleCounts, clusterCounts] = await Promise.all([rowCounts(single), rowCounts(distributed)]);
    if (JSON.stringify(singleCounts) !== JSON.stringify(clusterCounts)) {
      throw new Error(`the cluster holds other row counts than the server: ${JSON.stringify({ singleCounts, clusterCounts })}`);
    }

    const clients = { single: createClient({ adapter: single }), cluster: createClient({ adapter: distributed }) };
    const loadBefore = describeMachine().loadAverage;
    const rows: Row[] = [];
    for (const scenario of benchScenarios(dataset)) {
      const a = await time(clients.single, scenario);
      const b = await time(clients.cluster, scenario);
      const differs = a.failed || b.failed ? [`failed: ${a.failed ?? b.failed}`] : differences(b.result, a.result);
      rows.push({ scenario, single: a.ms, cluster: b.ms, differs });
      console.log(
        `[bench:cluster] ${scenario.query.padEnd(22)} ${scenario.label.padEnd(48)} single ${fmt(a.ms).padStart(7)} ms  cluster ${fmt(b.ms).padStart(7)} ms${differs.length ? ' (DIFFERENT)' : ''}`,
      );
    }
    const machine = describeMachine();
    const [version] = await single.connection.select('SELECT version() AS v');
    const report = renderClusterReport({
      machine,
      loadBefore,
      version: String(version?.v ?? '?'),
      attempts,
      counts: singleCounts,
      generateMs,
      startMs,
      loadMs,
      copyMs,
      rows,
    });
    const out = attempts === 10_000_000 ? join(here, 'cluster-results.md') : join(here, '.data', `cluster-results-${attempts}.md`);
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, report);
    console.log(`[bench:cluster] wrote ${out}`);
  } finally {
    await Promise.all([server.stop(), cluster.stop()]);
  }
}

interface ReportInput {
  machine: ReturnType<typeof describeMachine>;
  loadBefore: string;
  version: string;
  attempts: number;
  counts: Record<string, number>;
  generateMs: number;
  startMs: number;
  loadMs: number;
  copyMs: number;
  rows: Row[];
}

function renderClusterReport(r: ReportInput): string {
  const m = r.machine;
  const ratios = r.rows.filter((x) => x.single > 0 && x.cluster > 0).map((x) => Math.log(x.cluster / x.single));
  const geo = ratios.length ? Math.exp(ratios.reduce((a, b) => a + b, 0) / ratios.length) : Number.NaN;
  const agree = r.rows.filter((x) => x.differs.length === 0).length;
  const lines = [
    '# Benchmark: ClickHouse, one server vs a 2 × 2 cluster',
    '',
    'Generated by `pnpm bench --cluster` (scripts/bench.mjs → bench/clickhouseCluster.ts); not part of the test suite.',
    '',
    `- Date: ${new Date().toISOString()}`,
    `- Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB memory, ${m.os}`,
    `- Load average (1 / 5 / 15 min) when the timed runs started: ${r.loadBefore}; when they ended: ${m.loadAverage}`,
    `- Versions: Node ${m.node}, ClickHouse ${r.version}, @learnlens/adapter-clickhouse ${packageVersion('packages/adapter-clickhouse/package.json')}`,
    `- Dataset: \`createMockDataset({ seed: ${SEED}, targetAttempts: ${r.attempts.toLocaleString('en-US').replace(/,/g, '_')} })\`: ${Object.entries(r.counts)
      .map(([t, n]) => `${t} ${n.toLocaleString('en-US')}`)
      .join(', ')}; generated in ${seconds(r.generateMs)}`,
    `- Setup: both started in ${seconds(r.startMs)} (in parallel); the single server loaded over HTTP (JSONEachRow, 50,000 rows a request) in ${seconds(r.loadMs)}; the cluster filled from it server to server (\`INSERT … SELECT FROM remote(…)\` through the Distributed tables, then \`SYSTEM SYNC REPLICA\`) in ${seconds(r.copyMs)}`,
    '- **single**: one `clickhouse-server`, canonical MergeTree tables (testing/clickhouse.ts).',
    `- **cluster**: ZooKeeper and four \`clickhouse-server\` processes on the same machine, 2 shards × 2 replicas, made by \`createClusterSchema\` (ReplicatedMergeTree, fact tables sharded by \`cityHash64(user_id)\` behind Distributed tables, dimension tables on every node); queries go to shard 1's first replica, which reads its own shard locally and shard 2 over the native protocol.`,
    `- Method: each scenario through \`createClient(...).query\` (validation, scope, result check), ${WARMUP} warm-up calls, then the median of ${RUNS}; single server first, then the cluster. Both answers must be equal (numbers within 1e-9 relative).`,
    "- Reading the numbers: here the cluster's four servers share the same cores; every query adds a hop to the other shard and a merge of partial states, while the two shards scan their halves in parallel. On separate machines each shard also has its own cores, disks and memory. With a high load average (other work on the machine) the medians are noisy.",
    '',
    '## Summary',
    '',
    `- Scenarios: ${r.rows.length}; answers agree in ${agree} of ${r.rows.length}.`,
    `- Cluster / single, geometric mean of the medians: ${Number.isNaN(geo) ? 'n/a' : geo.toFixed(2)}.`,
    '',
    '| query | scenario | single ms | cluster ms | cluster / single | answers agree |',
    '| --- | --- | ---: | ---: | ---: | :---: |',
    ...r.rows.map(
      (x) =>
        `| ${x.scenario.query} | ${x.scenario.label} | ${fmt(x.single)} | ${fmt(x.cluster)} | ${x.single > 0 && x.cluster > 0 ? (x.cluster / x.single).toFixed(2) : 'n/a'} | ${x.differs.length === 0 ? 'yes' : `no: ${x.differs.slice(0, 2).join('; ').replace(/\|/g, '\\|')}`} |`,
    ),
    '',
  ];
  return lines.join('\n');
}

main().catch((error: unknown) => {
  console.error('[bench:cluster] failed:', error instanceof Error ? error.message : error);
  process.exit(1);
});
