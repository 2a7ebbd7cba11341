import { createClient, streamExport } from './packages/data-client/src/index.ts';
import { createMockAdapter, createMockDataset } from './packages/mock/src/index.ts';
const ds = createMockDataset({ seed: 42, targetAttempts: 1_000_000, withEvents: false });
const org = ds.orgs[0]!.org_id;
const admin = { userId: ds.users.find((u) => u.org_id === org && u.role === 'admin')!.user_id, role: 'admin', orgId: org } as const;
const client = createClient({ adapter: createMockAdapter({ dataset: ds }) });
for (const pageSize of [10_000, 50_000]) {
  global.gc?.();
  const rss0 = process.memoryUsage().rss;
  let peak = rss0;
  const t0 = performance.now();
  const s = await streamExport(client, { format: 'parquet', params: {}, viewer: admin, pageSize });
  let bytes = 0;
  for await (const c of s.chunks) { bytes += c.length; peak = Math.max(peak, process.memoryUsage().rss); }
  console.log(pageSize, s.rowsTotal, 'rows', (performance.now() - t0).toFixed(0), 'ms', (bytes / 2 ** 20).toFixed(1), 'MiB', ((peak - rss0) / 2 ** 20).toFixed(0), 'MiB growth');
}
// pieces
const t1 = performance.now();
let n = 0;
let cursor = {};
for (;;) { const p = await client.query('exportRows', { limit: 10000, ...cursor } as never, { viewer: admin }); n += p.rows.length; if (p.rows.length < 10000) break; const l = p.rows.at(-1)!; cursor = { afterStartedAt: l.started_at, afterAttemptId: l.attempt_id }; }
console.log('query only', n, (performance.now() - t1).toFixed(0));
const adapter = createMockAdapter({ dataset: ds });
const t2 = performance.now();
n = 0; cursor = {};
const scope = await adapter.resolveScope({ viewer: admin, userIds: [] });
const params = client.parseParams('exportRows', {});
for (;;) { const p: any = await adapter.run({ name: 'exportRows', params: { ...params, limit: 10000, ...cursor }, scope } as never); n += p.rows.length; if (p.rows.length < 10000) break; const l = p.rows.at(-1)!; cursor = { afterStartedAt: l.started_at, afterAttemptId: l.attempt_id }; }
console.log('engine only', n, (performance.now() - t2).toFixed(0));
