import { createCanonicalSchema, createClickHouseAdapter, loadDataset } from '@learnlens/adapter-clickhouse';
import { tableRows } from '@learnlens/mock';
import { it } from 'vitest';
import { startClickHouse } from '../../../testing/clickhouse.js';
import { dataset, now } from './test-fixtures/backendCases.js';
import { run } from './test-fixtures/runCliForTest.js';
import { viewerOf } from './test-fixtures/viewers.js';

it('should time', async () => {
  const server = await startClickHouse();
  const target = createClickHouseAdapter({ url: server.url });
  await createCanonicalSchema(target);
  await loadDataset(target, (table) => tableRows(dataset, table));
  const viewer = viewerOf(dataset, 'admin', 1);
  for (const flags of [['--ch-url', server.url], ['--ch-url', server.url, '--ch-user', 'default'], ['--ch-url', server.url, '--ch-password-env', 'P'], ['--ch-url', server.url, '--ch-database', 'default']]) {
    let t = performance.now();
    const r = await run(['query', 'orgOverview', '--viewer', JSON.stringify(viewer), '--params', JSON.stringify({ now }), '--adapter', 'clickhouse', ...flags], { env: { P: '' } });
    console.log(flags.slice(2).join(' '), 'query', r.code, performance.now() - t, r.stderr);
    t = performance.now();
    const e = await run(['export', '--format', 'csv', '--out', '/tmp/x.csv', '--viewer', JSON.stringify(viewer), '--params', JSON.stringify({ now }), '--adapter', 'clickhouse', ...flags], { env: { P: '' } });
    console.log(flags.slice(2).join(' '), 'export', e.code, performance.now() - t, e.stderr);
  }
  await server.stop();
});
