import { createClient, queryNames } from '@learnlens/data-client';
import { tableRows } from '@learnlens/mock';
import { startClickHouse } from '../../../testing/clickhouse.js';
import { conformanceDataset } from '../../../testing/conformance.js';
import { createClickHouseAdapter, createCanonicalSchema, loadDataset } from './index.js';
const ds = conformanceDataset();
const ch = await startClickHouse();
let log: Array<[number, number]> = [];
const timed: typeof fetch = async (input, init) => { const t0 = performance.now(); const r = await fetch(input, init); const txt = await r.text(); let el = -1; try { el = JSON.parse(txt).statistics.elapsed * 1000; } catch {} log.push([Math.round(performance.now() - t0), Math.round(el)]); return new Response(txt, { status: r.status }); };
try {
  const adapter = createClickHouseAdapter({ url: ch.url, fetch: timed });
  await createCanonicalSchema(adapter);
  await loadDataset(adapter, (t) => tableRows(ds, t));
  const c = createClient({ adapter });
  const admin = ds.users.find((u) => u.role === 'admin' && u.org_id === 'org-3')!;
  const viewer = { userId: admin.user_id, role: 'admin' as const, orgId: admin.org_id };
  for (const name of queryNames) {
    log = [];
    for (let i = 0; i < 4; i++) await c.query(name, { now: '2026-10-29T15:30:00.000Z', timezone: 'UTC', ...(name === 'eventFrequency' ? { eventType: 'x' } : {}) } as any, { viewer });
    console.log(name, JSON.stringify(log));
  }
} finally { await ch.stop(); }
