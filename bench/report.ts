import type { SkippedBackend } from './backends/types.js';
import type { Machine } from './machine.js';
import type { BackendName } from './options.js';
import type { Scenario } from './scenarios.js';

/** One backend's median for a scenario, and how its answer differed from the reference's. */
export interface BackendTiming {
  /** NaN when the query failed. */
  ms: number;
  /** Why the query failed, when it did. */
  failed?: string;
  /** Differences from the reference answer (empty when they agree within 1e-9 relative). */
  differences: string[];
}

/** One scenario's timings: the mock engine's and each backend's that ran. */
export interface Measured {
  scenario: Scenario;
  mockMs: number;
  backends: Partial<Record<BackendName, BackendTiming>>;
}

/** What the report says about one backend that ran. */
export interface BackendInfo {
  name: BackendName;
  description: string;
  setupMs: Record<string, number>;
  notes: string[];
}

/** Everything the report states besides the per-query tables. */
export interface BenchInfo {
  date: string;
  machine: Machine;
  /** Load average when the timed runs started (the machine's own is taken when they ended). */
  loadBefore: string;
  versions: Record<string, string>;
  /** The generator options, as code. */
  datasetCall: string;
  tables: Record<string, number>;
  generateMs: number;
  warmup: number;
  runs: number;
  backends: BackendInfo[];
  skipped: SkippedBackend[];
  /** The DuckDB backend's files and per-query floor, when it ran. */
  duckdb?: { parquetMiB: number; writeMs: number | null; scopeMs: number };
}

const ms = (x: number) => (x < 10 ? x.toFixed(2) : x < 100 ? x.toFixed(1) : x.toFixed(0));
const int = (n: number) => n.toLocaleString('en-US');
const seconds = (x: number) => `${(x / 1000).toFixed(1)} s`;

function geometricMean(values: readonly number[]): number {
  return Math.exp(values.reduce((sum, v) => sum + Math.log(v), 0) / values.length);
}

function backendLines(info: BenchInfo): string[] {
  const lines = info.backends.map((b) => {
    const setup = Object.entries(b.setupMs).map(([step, t]) => `${step} ${seconds(t)}`).join(', ');
    return `  - **${b.name}**: ${b.description}; setup: ${setup}${b.notes.length > 0 ? `; ${b.notes.join('; ')}` : ''}`;
  });
  for (const s of info.skipped) lines.push(`  - **${s.name}**: skipped: ${s.reason}`);
  return lines;
}

function summaryTable(info: BenchInfo, results: readonly Measured[]): string[] {
  const lines = [
    '## Summary',
    '',
    '| backend | scenarios | median of medians ms | slowest median ms | mock / backend (geometric mean) | answers agree |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
  ];
  const mockMedians = results.map((r) => r.mockMs).sort((a, b) => a - b);
  lines.push(`| mock | ${results.length} | ${ms(mockMedians[mockMedians.length >> 1]!)} | ${ms(mockMedians[mockMedians.length - 1]!)} | 1 | — |`);
  for (const { name } of info.backends) {
    const rows = results.filter((r) => r.backends[name] !== undefined && r.backends[name].failed === undefined);
    if (rows.length === 0) continue;
    const medians = rows.map((r) => r.backends[name]!.ms).sort((a, b) => a - b);
    const ratio = geometricMean(rows.map((r) => r.mockMs / r.backends[name]!.ms));
    const agree = rows.filter((r) => r.backends[name]!.differences.length === 0).length;
    lines.push(`| ${name} | ${rows.length} | ${ms(medians[medians.length >> 1]!)} | ${ms(medians[medians.length - 1]!)} | ${ratio.toFixed(3)} | ${agree} of ${rows.length} |`);
  }
  lines.push('');
  return lines;
}

function queryTable(names: readonly BackendName[], rows: readonly Measured[]): string[] {
  const head = ['scenario', 'mock ms'];
  const align = ['---', '---:'];
  for (const name of names) {
    head.push(`${name} ms`, `mock / ${name}`);
    align.push('---:', '---:');
    if (name === 'duckdb') {
      head.push('mock ≤ 0.5 × duckdb');
      align.push(':---:');
    }
  }
  const lines = [`| ${head.join(' | ')} |`, `| ${align.join(' | ')} |`];
  for (const r of rows) {
    const cells = [r.scenario.label, ms(r.mockMs)];
    for (const name of names) {
      const t = r.backends[name];
      const ok = t !== undefined && t.failed === undefined;
      cells.push(ok ? ms(t.ms) : t ? 'failed' : '—', ok ? (r.mockMs / t.ms).toFixed(3) : '—');
      if (name === 'duckdb') cells.push(ok ? (r.mockMs <= 0.5 * t.ms ? 'yes' : 'no') : '—');
    }
    lines.push(`| ${cells.join(' | ')} |`);
  }
  return lines;
}

/** bench/results.md: the setup, a summary per backend, then one table per query with every backend side by side. */
export function renderReport(info: BenchInfo, results: readonly Measured[]): string {
  const names = info.backends.map((b) => b.name);
  const duck = results.filter((r) => r.backends.duckdb !== undefined && r.backends.duckdb.failed === undefined);
  const fast = duck.filter((r) => r.mockMs <= 0.5 * r.backends.duckdb!.ms).length;
  const lines = [
    `# Benchmark: mock engine vs ${names.length > 0 ? names.join(', ') : 'no backend'}`,
    '',
    'Generated by `pnpm bench` (scripts/bench.mjs → bench/run.ts); not part of the test suite. See bench/README.md.',
    '',
    `- Date: ${info.date}`,
    `- Machine: ${info.machine.cpu}, ${info.machine.cores} cores, ${info.machine.memoryGiB} GiB memory, ${info.machine.os}`,
    `- Load average (1 / 5 / 15 min) when the timed runs started: ${info.loadBefore}; when they ended: ${info.machine.loadAverage} (other work on the machine shows up as noise)`,
    `- Versions: Node ${info.machine.node}, ${Object.entries(info.versions).map(([k, v]) => `${k} ${v}`).join(', ')}`,
    `- Dataset: \`${info.datasetCall}\`: ${Object.entries(info.tables).map(([t, n]) => `${t} ${int(n)}`).join(', ')}; generated in ${seconds(info.generateMs)}`,
    `- Method: each scenario goes through the same \`createClient(...).query\` path (parameter validation, scope resolution, result validation; over HTTP on both sides); ${info.warmup} warm-up calls, then the median of ${info.runs} timed calls, mock first, then each backend in turn. "mock / X" below 1 means the mock engine is faster.`,
    '- Backends:',
    ...backendLines(info),
  ];
  if (info.duckdb) {
    const d = info.duckdb;
    lines.push(
      `- DuckDB's Parquet files (bench/.data, ${d.parquetMiB.toFixed(1)} MiB): ${d.writeMs === null ? 'reused from an earlier run' : `written in ${seconds(d.writeMs)}`}. Its floor per query: the scope step alone (a request refused by it) takes ${ms(d.scopeMs)} ms, once per query, inside \`run\` on the query's own connection.`,
      `- Mock ≤ 0.5 × DuckDB in ${fast} of ${duck.length} scenarios.`,
    );
  }
  lines.push('', ...summaryTable(info, results));
  for (const query of [...new Set(results.map((r) => r.scenario.query))]) {
    lines.push(`## ${query}`, '', ...queryTable(names, results.filter((r) => r.scenario.query === query)), '');
  }
  const disagreeing = results.flatMap((r) =>
    names.filter((n) => (r.backends[n]?.differences.length ?? 0) > 0).map((n) => ({ r, n, d: r.backends[n]!.differences })),
  );
  if (disagreeing.length > 0) {
    lines.push("## Results that differ from the mock engine's, or failed", '');
    for (const { r, n, d } of disagreeing) {
      lines.push(`- ${n}, ${r.scenario.query}, ${r.scenario.label}: ${d.slice(0, 3).map((x) => `\`${x}\``).join('; ')}`);
    }
    lines.push('');
  }
  return lines.join('\n');
}
