import { createClient } from '@learnlens/data-client';
import { tableRows } from '@learnlens/mock';
import { startClickHouse } from '../../../testing/clickhouse.js';
import { conformanceDataset } from '../../../testing/conformance.js';
import { casesFor, requiredParams } from '../../../testing/conformance/cases.js';
import { createClickHouseAdapter, createCanonicalSchema, loadDataset } from './index.js';
const ds = conformanceDataset();
const ch = await startClickHouse();
const stats: Record<string, number[][]> = {};
let current = '';
const timed: typeof fetch = async (input, init) => { const t0 = performance.now(); const r = await fetch(input, init); const txt = await r.text(); let el = -1; try { el = JSON.parse(txt).statistics.elapsed * 1000; } catch {} (stats[current] ??= []).push([performance.now() - t0, el, String(init?.body).length]); return new Response(txt, { status: r.status }); };
try {
  const adapter = createClickHouseAdapter({ url: ch.url, fetch: timed });
  await createCanonicalSchema(adapter);
  await loadDataset(adapter, (t) => tableRows(ds, t));
  const c = createClient({ adapter });
  const cases = casesFor(ds);
  for (const name of ['leaderboard', 'assignmentProgress', 'personalStats'] as const) {
    current = name;
    const t0 = performance.now();
    const reqs = cases.viewers().flatMap((v) => cases.paramSets(name, v).map((p) => ({ v, p })));
    for (const { v, p } of reqs) { try { await c.query(name, { ...p, ...requiredParams(name) } as any, { viewer: v.viewer }); } catch {} }
    const s = stats[name]!;
    const sum = (i: number) => Math.round(s.reduce((a, x) => a + x[i]!, 0));
    console.log(name, reqs.length, 'requests', s.length, 'statements; wall', Math.round(performance.now() - t0), 'http sum', sum(0), 'ch elapsed sum', sum(1), 'avg sql len', Math.round(sum(2) / s.length));
  }
} finally { await ch.stop(); }
