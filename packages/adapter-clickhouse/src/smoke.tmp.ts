import { createClient, queryNames } from '@learnlens/data-client';
import { createMockAdapter, createMockDataset, tableRows } from '@learnlens/mock';
import { startClickHouse } from '../../../testing/clickhouse.js';
import { createClickHouseAdapter, createCanonicalSchema, loadDataset } from './index.js';
import { differences } from './test-fixtures/compare.js';
const ds = createMockDataset({ seed: 7, orgs: 3, learnersPerOrg: 14, teamSize: 7, days: 90 });
const ch = await startClickHouse();
try {
  const adapter = createClickHouseAdapter({ url: ch.url });
  await createCanonicalSchema(adapter);
  console.log(await loadDataset(adapter, (t) => tableRows(ds, t)));
  const mock = createClient({ adapter: createMockAdapter({ dataset: ds }) });
  const c = createClient({ adapter });
  const admin = ds.users.find((u) => u.role === 'admin')!;
  const viewer = { userId: admin.user_id, role: 'admin' as const, orgId: admin.org_id };
  for (const tz of ['UTC', 'America/Santiago']) for (const name of queryNames) {
    const params: any = { now: '2026-10-29T15:30:00.000Z', timezone: tz, ...(name === 'eventFrequency' ? { eventType: 'filler_word' } : {}), ...(name === 'personalStats' ? { userId: ds.users.find((u) => u.org_id === admin.org_id && u.role === 'learner')!.user_id } : {}) };
    try {
      const [a, e] = [await c.query(name, params, { viewer }), await mock.query(name, params, { viewer })];
      const d = differences(a, e);
      console.log(name, tz, d.length ? d.slice(0, 5) : 'OK');
    } catch (err) { console.log(name, 'ERROR', (err as Error).message.slice(0, 600)); }
  }
} finally { await ch.stop(); }
