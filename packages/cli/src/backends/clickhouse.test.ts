import { createCanonicalSchema, createClickHouseAdapter, loadDataset } from '@learnlens/adapter-clickhouse';
import { tableRows } from '@learnlens/mock';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { findClickHouseServer, startClickHouse, type ClickHouseServer } from '../../../../testing/clickhouse.js';
import { dataset, expectMockAnswers, expectMockExport } from '../test-fixtures/backendCases.js';
import { tempDir } from '../test-fixtures/runCliForTest.js';

// The binary comes from a Debian package `pnpm test` installs; a machine without it skips rather than fails.
describe.skipIf(findClickHouseServer() === null)('learnlens query and export --adapter clickhouse', () => {
  let server: ClickHouseServer;
  beforeAll(async () => {
    server = await startClickHouse();
    const target = createClickHouseAdapter({ url: server.url });
    await createCanonicalSchema(target);
    await loadDataset(target, (table) => tableRows(dataset, table));
  });
  afterAll(() => server?.stop());

  it('should answer every query as the mock engine does, over the canonical tables', async () => {
    await expectMockAnswers(['--adapter', 'clickhouse', '--ch-url', server.url]);
  });

  it("should export the mock engine's rows, reading the password from the environment", async () => {
    const flags = ['--adapter', 'clickhouse', '--ch-url', server.url, '--ch-user', 'default', '--ch-password-env', 'CH_PASSWORD', '--ch-database', 'default'];
    await expectMockExport(flags, await tempDir(), { CH_PASSWORD: '' });
  });
});
