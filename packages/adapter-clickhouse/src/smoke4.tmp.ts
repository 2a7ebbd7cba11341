import { tableRows } from '@learnlens/mock';
import { startClickHouse } from '../../../testing/clickhouse.js';
import { conformanceDataset } from '../../../testing/conformance.js';
import { createClickHouseAdapter, createCanonicalSchema, loadDataset } from './index.js';
import { writeFileSync } from 'node:fs';
const ds = conformanceDataset();
const ch = await startClickHouse();
writeFileSync('/tmp/chtry/url', ch.url);
const adapter = createClickHouseAdapter({ url: ch.url, fetch: async (i, init) => { writeFileSync('/tmp/chtry/last.sql', String(init?.body)); return fetch(i, init); } });
await createCanonicalSchema(adapter);
await loadDataset(adapter, (t) => tableRows(ds, t));
const admin = ds.users.find((u) => u.role === 'admin' && u.org_id === 'org-3')!;
const viewer = { userId: admin.user_id, role: 'admin' as const, orgId: admin.org_id };
const { createClient } = await import('@learnlens/data-client');
try { await createClient({ adapter }).query('activityInsights', { now: '2026-10-29T15:30:00.000Z', sort: 'medianScore', offset: 2 }, { viewer }); } catch (e) { console.log((e as Error).message); }
console.log('server left running at', ch.url, 'dir', ch.dir);
await new Promise((r) => setTimeout(r, 1e9));
