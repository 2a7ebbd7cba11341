// Seed 001's four Looker dashboards checked on PostgreSQL against hand-written SQL over seed 001's own tables: a
// generated org's whole event stream goes through ingest → transform into RAW.raw_events and ANALYTICS.*, the org's
// canonical rows are replaced by the transformed ones, and the PostgreSQL adapter and the mock engine must give what
// the reference SQL gives.
import { appendFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createCanonicalSchema, loadDataset } from '@learnlens/adapter-postgres';
import { parseCsv } from '@learnlens/data-client';
import { datasetFromRows, tableRows } from '@learnlens/mock';
import { insertRows, postgresTableSql, rawEventColumns } from '@learnlens/pipeline';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPostgres, type PostgresServer } from '../../../../testing/postgres.js';
import { readTables } from '../io/readTables.js';
import { csvRows, replaceOrgTables, writeOrgRawEvents } from '../test-fixtures/orgRawEvents.js';
import { run, tempDir } from '../test-fixtures/runCliForTest.js';
import { contentPerformanceSql, engagementSql, masteryProgressionSql, sessionQualitySql } from '../test-fixtures/seed001DashboardSql.js';

const ORG = 'org-3'; // lessons and assessments: seed 001's events
const TZ = 'America/New_York';
const FROM = '2026-10-12';
const TO = '2026-11-01';
const NOW = '2026-10-31T12:00:00Z';

/** Expects `actual` to equal `expected`, numbers to 9 significant digits (float sums differ in the last bits). */
function expectClose(actual: unknown, expected: unknown, path = '$'): void {
  if (typeof expected === 'number' && typeof actual === 'number') {
    expect(Math.abs(actual - expected), `${path}: ${actual} vs ${expected}`).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)));
  } else if (Array.isArray(expected)) {
    expect(Array.isArray(actual), path).toBe(true);
    expect((actual as unknown[]).length, `${path}.length`).toBe(expected.length);
    expected.forEach((e, i) => expectClose((actual as unknown[])[i], e, `${path}[${i}]`));
  } else if (expected !== null && typeof expected === 'object') {
    expect(Object.keys(actual as object).sort(), path).toEqual(Object.keys(expected).sort());
    for (const [k, v] of Object.entries(expected)) expectClose((actual as Record<string, unknown>)[k], v, `${path}.${k}`);
  } else {
    expect(actual, path).toEqual(expected);
  }
}

describe("seed 001's dashboards on PostgreSQL, against reference SQL over seed 001's tables", () => {
  let server: PostgresServer;
  let client: pg.Client;
  let dir: string;
  let viewer: string;
  beforeAll(async () => {
    server = await startPostgres();
    client = new pg.Client({ connectionString: server.connectionString });
    await client.connect();
    dir = await tempDir();
    const generated = join(dir, 'generated');
    expect((await run(['dataset', '--seed', '11', '--orgs', '3', '--learners', '14', '--days', '35', '--out', generated])).code).toBe(0);
    await createCanonicalSchema(client);
    const rows = datasetFromRows(await readTables(generated));
    await loadDataset(client, (table) => tableRows(rows, table));

    // The org's whole event stream, unfiltered: raw events in, seed tables and canonical rows out.
    await writeOrgRawEvents(generated, ORG, join(dir, 'in'));
    // The generator sends no error events: an error in every fifth session, a second after its first event.
    const lines = (await readFile(join(dir, 'in', 'events.jsonl'), 'utf8')).split('\n').map((l) => JSON.parse(l) as { session_id: string; timestamp: string; learner_id: string });
    const firsts = new Map<string, string>();
    for (const e of lines) if (!firsts.has(e.session_id) || e.timestamp < firsts.get(e.session_id)!) firsts.set(e.session_id, e.timestamp);
    const errors = [...firsts].filter((_, i) => i % 5 === 0).map(([session, at], i) => ({
      learner_id: lines.find((e) => e.session_id === session)!.learner_id,
      event_type: 'error',
      event_id: `err-${i}`,
      session_id: session,
      timestamp: new Date(Date.parse(at) + 1000).toISOString(),
      data: { message: 'player failed to load' },
    }));
    await appendFile(join(dir, 'in', 'events.jsonl'), `\n${errors.map((e) => JSON.stringify(e)).join('\n')}`);
    expect((await run(['ingest', '--format', 'raw', join(dir, 'in'), '--out', join(dir, 'raw')])).code).toBe(0);
    const flags = ['--adapter', 'postgres', '--db-url', server.connectionString, '--pipeline-schema', 'analytics', '--canonical-org', ORG];
    const transformed = await run(['transform', '--events', join(dir, 'raw'), '--out', join(dir, 'out'), ...flags]);
    expect(transformed.code, transformed.stderr).toBe(0);
    await client.query('CREATE SCHEMA raw');
    await client.query(postgresTableSql('raw_events', 'raw.raw_events'));
    const [header, ...raw] = parseCsv(await readFile(join(dir, 'raw', 'raw_events.csv'), 'utf8'));
    expect(header).toEqual([...rawEventColumns]);
    await insertRows(client, 'raw.raw_events', rawEventColumns, raw.filter((r) => r.length > 1).map((r) => r.map((c) => (c === '' ? null : c))));

    await replaceOrgTables(generated, join(dir, 'out', 'canonical'), ORG, join(dir, 'replaced'));
    const admin = (await csvRows(join(generated, 'users.csv'))).rows.find((r) => r[1] === ORG && r[3] === 'admin')![0]!;
    viewer = JSON.stringify({ userId: admin, role: 'admin', orgId: ORG });
  });
  afterAll(async () => {
    await client?.end();
    await server?.stop();
  });

  async function answers(name: string, params: object): Promise<{ postgres: Record<string, unknown>; mock: Record<string, unknown> }> {
    const args = ['query', name, '--viewer', viewer, '--params', JSON.stringify(params)];
    const postgres = await run([...args, '--adapter', 'postgres', '--db-url', server.connectionString]);
    const mock = await run([...args, '--data', join(dir, 'replaced')]);
    expect(postgres.code, postgres.stderr).toBe(0);
    expect(mock.code, mock.stderr).toBe(0);
    return { postgres: JSON.parse(postgres.stdout), mock: JSON.parse(mock.stdout) };
  }

  it('should give engagement as the reference SQL over raw_events and session_metrics', async () => {
    const { rows } = await client.query(engagementSql, [TZ, FROM, TO, NOW]);
    const expected = { days: rows.map((r) => ({ ...r, stickiness: r.dau / r.mau })) };
    expect(expected.days.length).toBeGreaterThan(10);
    expect(expected.days.some((d) => d.wau > d.dau && d.mau > d.wau)).toBe(true);
    const { postgres, mock } = await answers('engagement', { timezone: TZ, from: FROM, to: TO, now: NOW });
    expectClose(postgres, expected);
    expectClose(mock, expected);
  });

  it('should give contentPerformance as the reference SQL over raw_events', async () => {
    const { rows } = await client.query(contentPerformanceSql, [TZ, FROM, TO]);
    expect(rows.length).toBeGreaterThan(3);
    expect(rows.some((r) => r.avgAssessmentScore !== null)).toBe(true);
    const { postgres, mock } = await answers('contentPerformance', { timezone: TZ, from: FROM, to: TO });
    expectClose(postgres, { rows });
    expectClose(mock, { rows });
  });

  it('should give sessionQuality as the reference SQL over session_metrics, minute_metrics and raw_events', async () => {
    const { rows } = await client.query(sessionQualitySql, [TZ, FROM, TO]);
    expect(rows.length).toBeGreaterThan(10);
    expect(rows.some((r) => r.errorShare > 0)).toBe(true);
    const { postgres, mock } = await answers('sessionQuality', { timezone: TZ, from: FROM, to: TO });
    expectClose(postgres, { days: rows });
    expectClose(mock, { days: rows });
  });

  it('should give masteryProgression as the reference SQL over mastery_deltas', async () => {
    for (const threshold of [0.5, 0.8]) {
      const { rows } = await client.query(masteryProgressionSql, [TZ, FROM, TO, threshold]);
      expect(rows.length).toBeGreaterThan(0);
      const { postgres, mock } = await answers('masteryProgression', { timezone: TZ, from: FROM, to: TO, threshold });
      expectClose(postgres, { bucket: 'week', threshold, rows });
      expectClose(mock, { bucket: 'week', threshold, rows });
    }
  });
});
