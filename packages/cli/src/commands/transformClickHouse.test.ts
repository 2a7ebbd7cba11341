// learnlens transform --adapter clickhouse: seed 001's tables land in ClickHouse with the files' rows, and an org's
// canonical rows replace the generated ones, so the ClickHouse adapter answers the seed-001 dashboards from them.
import { join } from 'node:path';
import { connectClickHouse, createCanonicalSchema, loadDataset } from '@learnlens/adapter-clickhouse';
import { outputTableNames, exportedColumns, outputTables } from '@learnlens/pipeline';
import { datasetFromRows, tableRows } from '@learnlens/mock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findClickHouseServer, startClickHouse, type ClickHouseServer } from '../../../../testing/clickhouse.js';
import { readTables } from '../io/readTables.js';
import { csvRows, replaceOrgTables, writeOrgRawEvents } from '../test-fixtures/orgRawEvents.js';
import { run, tempDir } from '../test-fixtures/runCliForTest.js';

const ORG = 'org-3'; // a tutoring org: lessons and assessments, seed 001's events

// A file cell as ClickHouse holds it: instants to the whole second (18.16's DateTime), decimals as numbers.
function normalise(type: string, cell: string): string | number | null {
  if (cell === '') return null;
  if (type === 'TIMESTAMP') return `${cell.slice(0, 10)} ${cell.slice(11, 19)}`;
  if (type === 'BOOLEAN') return cell === 'true' ? 1 : 0;
  if (type === 'DATE' || type === 'VARCHAR') return cell;
  return Number(cell);
}

describe.skipIf(findClickHouseServer() === null)('learnlens transform --adapter clickhouse', () => {
  let server: ClickHouseServer;
  beforeAll(async () => {
    server = await startClickHouse();
  });
  afterAll(() => server?.stop());

  it("should hold the files' rows in seed 001's tables and answer engagement and sessionQuality from the transformed org", async () => {
    const dir = await tempDir();
    const generated = join(dir, 'generated');
    expect((await run(['dataset', '--seed', '5', '--orgs', '3', '--learners', '12', '--days', '28', '--out', generated])).code).toBe(0);
    const connection = connectClickHouse({ url: server.url });
    await createCanonicalSchema(server.url);
    const generatedRows = datasetFromRows(await readTables(generated));
    await loadDataset(server.url, (table) => tableRows(generatedRows, table));

    expect(await writeOrgRawEvents(generated, ORG, join(dir, 'in'))).toBeGreaterThan(100);
    expect((await run(['ingest', '--format', 'raw', join(dir, 'in'), '--out', join(dir, 'raw'), '--processed-at', '2026-11-02T04:00:00Z'])).code).toBe(0);
    const flags = ['--adapter', 'clickhouse', '--ch-url', server.url, '--pipeline-schema', 'seed001', '--canonical-org', ORG];
    const transformed = await run(['transform', '--events', join(dir, 'raw'), '--out', join(dir, 'out'), ...flags]);
    expect(transformed.code, transformed.stderr).toBe(0);
    const summary = JSON.parse(transformed.stdout) as { synced: { seedTables: Record<string, number>; canonical: { rows: Record<string, number> } } };

    for (const table of outputTableNames) {
      const file = await csvRows(join(dir, 'out', `${table}.csv`));
      expect(file.header).toEqual(exportedColumns(table));
      const types = new Map<string, string>(outputTables[table].map(([c, t]) => [c, t]));
      const described = await connection.select(`DESCRIBE TABLE seed001.${table}`);
      expect(described.map((d) => d.name)).toEqual(exportedColumns(table));
      const held = await connection.select(`SELECT * FROM seed001.${table}`);
      expect(held).toHaveLength(file.rows.length);
      expect(summary.synced.seedTables[table]).toBe(file.rows.length);
      const key = (row: readonly unknown[]) => JSON.stringify(row);
      const fromFile = file.rows.map((r) => file.header.map((c, i) => normalise(types.get(c)!, r[i]!))).map(key).sort();
      const fromClickHouse = held.map((r) => file.header.map((c) => (r[c] === null ? null : types.get(c) === 'VARCHAR' || types.get(c) === 'TIMESTAMP' || types.get(c) === 'DATE' ? r[c] : Number(r[c])))).map(key).sort();
      expect(fromClickHouse).toEqual(fromFile);
    }
    expect(summary.synced.canonical.rows.sessions).toBeGreaterThan(10);

    // A rerun replaces the rows: nothing doubles.
    expect((await run(['transform', '--events', join(dir, 'raw'), '--out', join(dir, 'out'), ...flags])).code).toBe(0);
    const [sessions] = await connection.select(`SELECT count() AS n FROM seed001.session_metrics`);
    expect(Number(sessions!.n)).toBe((await csvRows(join(dir, 'out', 'session_metrics.csv'))).rows.length);
    const [canonical] = await connection.select(`SELECT count() AS n FROM sessions WHERE org_id = '${ORG}'`);
    expect(Number(canonical!.n)).toBe(summary.synced.canonical.rows.sessions);

    // The dashboards over ClickHouse agree with the mock engine over the same transformed rows.
    const replaced = join(dir, 'replaced');
    await run(['transform', '--events', join(dir, 'raw'), '--out', join(dir, 'files'), '--canonical-org', ORG]);
    await replaceOrgTables(generated, join(dir, 'files', 'canonical'), ORG, replaced);
    const admin = (await csvRows(join(generated, 'users.csv'))).rows.find((r) => r[1] === ORG && r[3] === 'admin')![0]!;
    const viewer = JSON.stringify({ userId: admin, role: 'admin', orgId: ORG });
    for (const [name, params] of [
      ['engagement', { now: '2026-11-01T00:00:00Z' }],
      ['sessionQuality', { timezone: 'America/New_York' }],
    ] as const) {
      const args = ['query', name, '--viewer', viewer, '--params', JSON.stringify(params)];
      const expected = await run([...args, '--data', replaced]);
      const actual = await run([...args, '--adapter', 'clickhouse', '--ch-url', server.url]);
      expect(expected.code, expected.stderr).toBe(0);
      expect(actual.code, actual.stderr).toBe(0);
      const answer = JSON.parse(expected.stdout) as { days: unknown[] };
      expect(answer.days.length).toBeGreaterThan(5);
      expect(JSON.parse(actual.stdout)).toEqual(answer);
    }
  });

  it('should refuse --canonical-org without --pipeline-schema, naming the clash', async () => {
    const result = await run(['transform', '--events', 'x', '--out', 'y', '--adapter', 'clickhouse', '--ch-url', server.url, '--canonical-org', ORG]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--pipeline-schema/);
  });
});
