import { createClient, queryNames } from '@learnlens/data-client';
import { createMockAdapter, tableRows } from '@learnlens/mock';
import { startClickHouse } from '../../../testing/clickhouse.js';
import { conformanceDataset, EMPTY_ORG } from '../../../testing/conformance.js';
import { createClickHouseAdapter, createCanonicalSchema, loadDataset } from './index.js';
const ds = conformanceDataset();
const ch = await startClickHouse();
try {
  const adapter = createClickHouseAdapter({ url: ch.url });
  await createCanonicalSchema(adapter);
  await loadDataset(adapter, (t) => tableRows(ds, t));
  const c = createClient({ adapter });
  const admin = ds.users.find((u) => u.role === 'admin' && u.org_id === 'org-3')!;
  const viewer = { userId: admin.user_id, role: 'admin' as const, orgId: admin.org_id };
  const empty = { userId: `${EMPTY_ORG}-admin`, role: 'admin' as const, orgId: EMPTY_ORG };
  const tries: Array<[string, any, any]> = [
    ['activityInsights', { now: '2026-10-29T15:30:00.000Z', sort: 'medianScore', offset: 2 }, viewer],
    ['orgOverview', { now: '2026-10-29T15:30:00.000Z', activityIds: ["x' or '1'='1", '1; drop table attempts', "\\'; DROP TABLE users; --"] }, viewer],
    ['orgOverview', { now: '2026-10-31T23:59:59.000Z' }, empty],
    ['assignmentProgress', { now: '2026-10-31T23:59:59.000Z' }, viewer],
  ];
  for (const [name, params, v] of tries) {
    const t0 = performance.now();
    try { const r = await c.query(name as any, params, { viewer: v }); console.log(name, 'ok', JSON.stringify(r).slice(0, 200)); }
    catch (err) { console.log(name, 'ERROR', (err as Error).message.slice(0, 800)); }
    console.log('  ms', Math.round(performance.now() - t0));
  }
  for (const name of queryNames) {
    const t0 = performance.now();
    for (let i = 0; i < 5; i++) await c.query(name, { now: '2026-10-29T15:30:00.000Z', timezone: 'Europe/Berlin', ...(name === 'eventFrequency' ? { eventType: 'x' } : {}) } as any, { viewer });
    console.log(name, 'avg ms', Math.round((performance.now() - t0) / 5));
  }
} finally { await ch.stop(); }
