import { createClient, queryNames } from '@learnlens/data-client';
import { tableRows } from '@learnlens/mock';
import { startClickHouse } from '../../../testing/clickhouse.js';
import { conformanceDataset } from '../../../testing/conformance.js';
import { createClickHouseAdapter, createCanonicalSchema, loadDataset } from './index.js';
const ds = conformanceDataset();
const ch = await startClickHouse();
let log: number[][] = [];
const timed: typeof fetch = async (input, init) => { const t0 = performance.now(); const r = await fetch(input, init); const txt = await r.text(); let el = -1; try { el = JSON.parse(txt).statistics.elapsed * 1000; } catch {} log.push([performance.now() - t0, el]); return new Response(txt, { status: r.status }); };
try {
  const adapter = createClickHouseAdapter({ url: ch.url, fetch: timed, settings: JSON.parse(process.env.CHS ?? '{}') });
  await createCanonicalSchema(adapter);
  await loadDataset(adapter, (t) => tableRows(ds, t));
  const c = createClient({ adapter });
  const admin = ds.users.find((u) => u.role === 'admin' && u.org_id === 'org-2')!;
  const viewer = { userId: admin.user_id, role: 'admin' as const, orgId: admin.org_id };
  for (const tz of ['UTC', 'Europe/Berlin']) for (const name of queryNames) {
    log = [];
    for (let i = 0; i < 10; i++) await c.query(name, { now: '2026-10-29T15:30:00.000Z', timezone: tz, ...(name === 'eventFrequency' ? { eventType: 'filler_word' } : {}) } as any, { viewer });
    const q = log.filter((_, i) => i % 2 === 1), s = log.filter((_, i) => i % 2 === 0);
    const avg = (xs: number[][], k: number) => (xs.reduce((a, x) => a + x[k]!, 0) / xs.length).toFixed(1);
    console.log(tz.padEnd(14), name.padEnd(24), 'scope', avg(s, 0), 'query http', avg(q, 0), 'elapsed', avg(q, 1));
  }
} finally { await ch.stop(); }
