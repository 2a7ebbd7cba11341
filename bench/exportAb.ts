// `pnpm exec tsx bench/exportAb.ts` (NODE_OPTIONS="--max-old-space-size=8192 --expose-gc"; ROUNDS=5): the bench's 1M-row
// Parquet export with its pages read as rows (an adapter that never sees `RunHints.columnar`: the export as it was
// before pages as columns) and as columns (the mock as it is), alternating in one process, each round beside DuckDB's
// COPY of the same rows to Parquet, so a change of load hits all three alike. Prints each round, the medians and the
// ratios to COPY in wall and CPU time, with the load average (docs/exports.md quotes it).
import { createWriteStream, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { once } from 'node:events';
import { loadavg } from 'node:os';
import { DuckDBInstance } from '@duckdb/node-api';
import { createClient, streamExport, type BackendAdapter } from '../packages/data-client/src/index.js';
import { createMockAdapter, createMockDataset } from '../packages/mock/src/index.js';
import { benchViewers } from './scenarios.js';

const dataset = createMockDataset({ seed: 42, orgs: 1, learnersPerOrg: 50_000, targetAttempts: 1_000_000, withEvents: false });
const admin = benchViewers(dataset).admin;
const dir = join(import.meta.dirname, '.data', 'exports');
mkdirSync(dir, { recursive: true });
const file = join(dir, 'ab-export.parquet');
const copyFile = join(dir, 'ab-copy.parquet');
async function exportOnce(columnar: boolean) {
  const mock = createMockAdapter({ dataset });
  const adapter: BackendAdapter = columnar ? mock : { name: mock.name, supportedQueries: mock.supportedQueries, run: (r, s) => mock.run(r, s), writeAudit: (e, s) => mock.writeAudit(e, s) };
  const client = createClient({ adapter });
  global.gc?.();
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const stream = await streamExport(client, { format: 'parquet', params: {}, viewer: admin });
  const out = createWriteStream(file);
  for await (const chunk of stream.chunks) if (!out.write(chunk)) await once(out, 'drain');
  out.end();
  await once(out, 'finish');
  const c = process.cpuUsage(c0);
  return { ms: performance.now() - t0, cpu: (c.user + c.system) / 1000 };
}
await exportOnce(true);
const instance = await DuckDBInstance.create(':memory:');
const db = await instance.connect();
await db.run(`CREATE TABLE x AS SELECT * FROM read_parquet('${file}')`);
async function copyOnce() {
  rmSync(copyFile, { force: true });
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  await db.run(`COPY x TO '${copyFile}' (FORMAT parquet)`);
  const c = process.cpuUsage(c0);
  return { ms: performance.now() - t0, cpu: (c.user + c.system) / 1000 };
}
const rounds = Number(process.env.ROUNDS ?? 5);
const runs: Record<string, { ms: number; cpu: number }[]> = { rows: [], columns: [], copy: [] };
const load0 = loadavg().map((x) => x.toFixed(2)).join(' / ');
for (let k = 0; k < rounds; k++) {
  const order = k % 2 ? ['columns', 'rows'] : ['rows', 'columns'];
  for (const what of order) runs[what]!.push(await exportOnce(what === 'columns'));
  runs.copy!.push(await copyOnce());
  const last = (w: string) => `${w} ${runs[w]!.at(-1)!.ms.toFixed(0)}/${runs[w]!.at(-1)!.cpu.toFixed(0)}`;
  console.log(`round ${k}: ${last('rows')} ${last('columns')} ${last('copy')} (wall/CPU ms) load ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
}
const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
const medians = (v: { ms: number; cpu: number }[]) => ({ ms: med(v.map((r) => r.ms)), cpu: med(v.map((r) => r.cpu)) });
const m = { rows: medians(runs.rows!), columns: medians(runs.columns!), copy: medians(runs.copy!) };
console.log(JSON.stringify(m));
console.log(`rows/COPY wall ${(m.rows.ms / m.copy.ms).toFixed(2)} CPU ${(m.rows.cpu / m.copy.cpu).toFixed(2)}; columns/COPY wall ${(m.columns.ms / m.copy.ms).toFixed(2)} CPU ${(m.columns.cpu / m.copy.cpu).toFixed(2)}; load before ${load0} after ${loadavg().map((x) => x.toFixed(2)).join(' / ')}`);
db.closeSync();
instance.closeSync();
