import { tableRows } from '@learnlens/mock';
import { createClient } from '@learnlens/data-client';
import { startClickHouse } from '../../../testing/clickhouse.js';
import { conformanceDataset } from '../../../testing/conformance.js';
import { createClickHouseAdapter, createCanonicalSchema, loadDataset } from './index.js';
const ds = conformanceDataset();
const ch = await startClickHouse();
const sqls: Record<string, string> = {};
let cur = '';
try {
  const adapter = createClickHouseAdapter({ url: ch.url, fetch: async (i, init) => { sqls[cur] = String(init?.body); return fetch(i, init); } });
  await createCanonicalSchema(adapter);
  await loadDataset(adapter, (t) => tableRows(ds, t));
  const admin = ds.users.find((u) => u.role === 'admin' && u.org_id === 'org-2')!;
  const viewer = { userId: admin.user_id, role: 'admin' as const, orgId: admin.org_id };
  for (const name of ['leaderboard', 'learnerActivitySummary', 'personalStats'] as const) { cur = name; await createClient({ adapter }).query(name, { now: '2026-10-29T15:30:00.000Z', timezone: 'Europe/Berlin' } as any, { viewer }); }
  const params = 'readonly=2&join_use_nulls=1&output_format_json_quote_64bit_integers=0';
  const time = async (label: string, sql: string) => {
    const t0 = performance.now(); let el = 0;
    for (let i = 0; i < 20; i++) { const r = await fetch(`${ch.url}/?${params}`, { method: 'POST', body: sql }); const t = await r.text(); if (!r.ok) { console.log(label, t.slice(0, 300)); return; } el += JSON.parse(t).statistics.elapsed * 1000; }
    console.log(label.padEnd(40), ((performance.now() - t0) / 20).toFixed(1), 'ms; elapsed', (el / 20).toFixed(1));
  };
  await time('SELECT 1', 'SELECT 1 FORMAT JSON');
  for (const [k, v] of Object.entries(sqls)) await time(k, v);
  const { writeFileSync, readFileSync, existsSync } = await import('node:fs');
  for (const [k, v] of Object.entries(sqls)) writeFileSync(`/tmp/chtry/${k}.sql`, v);
  writeFileSync('/tmp/chtry/url', ch.url);
  while (!existsSync('/tmp/chtry/stop')) {
    if (existsSync('/tmp/chtry/try.sql')) { const sql = readFileSync('/tmp/chtry/try.sql', 'utf8'); (await import('node:fs')).rmSync('/tmp/chtry/try.sql'); await time('try', sql); }
    await new Promise((r) => setTimeout(r, 200));
  }
} finally { await ch.stop(); }
