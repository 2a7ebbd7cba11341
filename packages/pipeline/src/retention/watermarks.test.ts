// Issue 13 follow-up: rows `retention --apply` deleted stay deleted when `transform` runs again — whether retention ran
// on the pipeline's files or on the backend the transform copies its tables into, and even when the expired day is
// reprocessed.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findPostgresBinDir, startPostgres, type PostgresServer } from '../../../../testing/postgres.js';
import { ingest } from '../ingest/ingest.js';
import { postgresSink } from '../postgres.js';
import { smallEvents } from '../test-fixtures/smallEvents.js';
import { transform } from '../transform/transform.js';
import { runFileRetention, runPostgresRetention } from './retention.js';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

async function rawEvents(): Promise<{ dir: string; raw: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'learnlens-watermarks-'));
  dirs.push(dir);
  mkdirSync(join(dir, 'in'));
  writeFileSync(join(dir, 'in', 'events.jsonl'), smallEvents.map((e) => JSON.stringify(e)).join('\n'));
  await ingest({ format: 'raw', inputs: [join(dir, 'in')], out: join(dir, 'raw'), processedAt: '2025-09-07T04:00:00.000Z' });
  return { dir, raw: join(dir, 'raw') };
}

const days = (file: string, column: string) => {
  const [header, ...lines] = readFileSync(file, 'utf8').trim().split('\n');
  const index = header!.split(',').indexOf(column);
  return [...new Set(lines.map((l) => l.split(',')[index]!.slice(0, 10)))].sort();
};

// minute_metrics keep 2025-09-06 on, session_metrics 2025-10-05 on: 2025-09-05's minutes and every session expire.
const retention = { now: new Date('2025-10-10T00:00:00Z'), windows: { minute_metrics: { days: 34 }, session_metrics: { days: 5 } }, apply: true };

describe('retention watermarks', () => {
  it('should not write rows retention deleted from the files again, even when their day is reprocessed', async () => {
    const { dir, raw } = await rawEvents();
    const out = join(dir, 'out');
    await transform({ events: [raw], out });
    expect(days(join(out, 'minute_metrics.csv'), 'partition_date')).toEqual(['2025-09-05', '2025-09-06']);
    await runFileRetention({ out }, retention);
    const again = await transform({ events: [raw], out, dates: ['2025-09-05', '2025-09-06'] });
    expect(again.partitions).toEqual(['2025-09-05', '2025-09-06']);
    expect(days(join(out, 'minute_metrics.csv'), 'partition_date')).toEqual(['2025-09-06']);
    expect(readFileSync(join(out, 'session_metrics.csv'), 'utf8').trim().split('\n')).toHaveLength(1);
    // The expired days are not compared with the raw events either: their rows are gone on purpose.
    expect(again.validation?.ok).toBe(true);
  });
});

describe.skipIf(findPostgresBinDir() === null)('retention watermarks on PostgreSQL', () => {
  let server: PostgresServer;
  let client: pg.Client;
  beforeAll(async () => {
    server = await startPostgres();
    client = new pg.Client({ connectionString: server.connectionString });
    await client.connect();
  });
  afterAll(async () => {
    await client?.end();
    await server?.stop();
  });

  it('should keep rows deleted on the backend deleted when transform copies its tables there again', async () => {
    const { dir, raw } = await rawEvents();
    const out = join(dir, 'out');
    const sink = postgresSink(client, { schema: 'seed001' });
    await transform({ events: [raw], out, sink });
    const count = async (table: string) => Number((await client.query(`SELECT count(*) AS n FROM seed001.${table}`)).rows[0].n);
    expect(await count('session_metrics')).toBe(3);
    const minutesBefore = await count('minute_metrics');

    // Retention on the backend only: the pipeline's files and state still hold every row.
    await client.query('SET search_path TO seed001');
    await runPostgresRetention(client, retention);
    await client.query('RESET search_path');
    expect(await count('session_metrics')).toBe(0);
    const minutesKept = await count('minute_metrics');
    expect(minutesKept).toBeLessThan(minutesBefore);

    // Nothing changed in the events, then a day reprocessed: neither brings a deleted row back.
    await transform({ events: [raw], out, sink });
    const forced = await transform({ events: [raw], out, sink, dates: ['2025-09-05'] });
    expect(forced.partitions).toEqual(['2025-09-05']);
    expect(await count('session_metrics')).toBe(0);
    expect(await count('minute_metrics')).toBe(minutesKept);
    expect((await client.query(`SELECT min(partition_date)::text AS d FROM seed001.minute_metrics`)).rows[0].d).toBe('2025-09-06');
    // The files follow the backend's retention too.
    expect(days(join(out, 'minute_metrics.csv'), 'partition_date')).toEqual(['2025-09-06']);
  });
});
