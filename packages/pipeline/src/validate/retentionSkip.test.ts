// Regression (issue 13 §3): after `retention --apply`, `validate` compared days and sessions whose rows retention had
// deleted on purpose (minute rows gone while raw events stay; a session's first raw events gone while its stored row
// stays) and reported them as mismatches. It now leaves out what lies before the retention watermarks and says so.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findPostgresBinDir, startPostgres, type PostgresServer } from '../../../../testing/postgres.js';
import { ingest } from '../ingest/ingest.js';
import { insertRows, postgresTableSql, syncToPostgres, validatePostgres } from '../postgres.js';
import { rawEventColumns } from '../rawEvent.js';
import { runFileRetention, runPostgresRetention } from '../retention/retention.js';
import { smallEvents } from '../test-fixtures/smallEvents.js';
import { openState, transform } from '../transform/transform.js';
import { formatValidationReport } from './validate.js';
import { validateFiles } from './validateFiles.js';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

// smallEvents: 2025-09-05 holds S1 and S2's first two events, 2025-09-06 S2's last (S2 spans midnight) and S3.
async function transformed(): Promise<{ raw: string; out: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'learnlens-validate-retention-'));
  dirs.push(dir);
  mkdirSync(join(dir, 'in'));
  writeFileSync(join(dir, 'in', 'events.jsonl'), smallEvents.map((e) => JSON.stringify(e)).join('\n'));
  await ingest({ format: 'raw', inputs: [join(dir, 'in')], out: join(dir, 'raw'), processedAt: '2025-09-07T04:00:00.000Z' });
  await transform({ events: [join(dir, 'raw')], out: join(dir, 'out') });
  return { raw: join(dir, 'raw'), out: join(dir, 'out') };
}

// Counted back from 2025-10-10, a 34-day window keeps 2025-09-06 on.
const now = new Date('2025-10-10T00:00:00Z');
const day34 = { days: 34 };

describe('validate on files after retention', () => {
  it('should skip the days whose minute rows retention deleted while their raw events stay, and say so', async () => {
    const { raw, out } = await transformed();
    expect(await validateFiles({ events: [raw], out })).toMatchObject({ ok: true });
    await runFileRetention({ out }, { now, windows: { minute_metrics: day34 }, apply: true });
    const report = await validateFiles({ events: [raw], out });
    expect(report).toMatchObject({ ok: true, eventCountMismatches: [], skipped: { eventCounts: { before: '2025-09-06', because: 'minute_metrics' } } });
    expect(formatValidationReport(report)).toContain('skipped: event counts of days before 2025-09-06 (retention cutoff of minute_metrics)');
  });

  it('should skip a session whose first raw events retention deleted, but still catch a mismatch after the cutoff', async () => {
    const { raw, out } = await transformed();
    await runFileRetention({ events: raw, out }, { now, windows: { raw_events: day34 }, apply: true });
    // S2's 2025-09-05 events are gone from the raw file; its stored row (started 23:58 that day) stays.
    expect(readFileSync(join(raw, 'raw_events.csv'), 'utf8')).not.toContain('2025-09-05T23:58');
    const report = await validateFiles({ events: [raw], out });
    expect(report).toMatchObject({ ok: true, durationMismatches: [], skipped: { sessions: { before: '2025-09-06', because: 'raw_events' } } });

    // A real fault after the cutoff is still reported: S3's stored duration is off by more than a minute.
    const { instance, db } = await openState(out);
    try {
      await db.run(`UPDATE session_metrics SET duration_seconds = duration_seconds + 120 WHERE session_id = 'S3'`);
      const { exportTable } = await import('../transform/exportTables.js');
      await exportTable(db, 'session_metrics', out, 'csv');
    } finally {
      db.closeSync();
      instance.closeSync();
    }
    const broken = await validateFiles({ events: [raw], out });
    expect(broken.ok).toBe(false);
    expect(broken.durationMismatches).toEqual([{ session_id: 'S3', calculated_duration: 300, stored_duration: 420 }]);
  });
});

describe.skipIf(findPostgresBinDir() === null)('validate on PostgreSQL after retention', () => {
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

  it('should skip days and sessions before the cutoffs recorded in learnlens_retention', async () => {
    const { raw, out } = await transformed();
    await client.query(postgresTableSql('raw_events'));
    const [header, ...lines] = readFileSync(join(raw, 'raw_events.csv'), 'utf8').trim().split('\r\n');
    expect(header).toBe(rawEventColumns.join(','));
    const rows = lines.map((line) => line.match(/("([^"]|"")*"|[^,]*)(,|$)/g)!.slice(0, rawEventColumns.length).map((c) => c.replace(/,$/, '').replace(/^"|"$/g, '').replaceAll('""', '"')));
    await insertRows(client, 'raw_events', rawEventColumns, rows);
    const { instance, db } = await openState(out);
    try {
      await syncToPostgres(db, client);
    } finally {
      db.closeSync();
      instance.closeSync();
    }
    expect(await validatePostgres(client)).toMatchObject({ ok: true });

    // Minute and session rows of 2025-09-05 go; the raw events stay (18 months).
    await runPostgresRetention(client, { now, windows: { minute_metrics: day34, session_metrics: day34 }, apply: true });
    expect(Number((await client.query(`SELECT count(*) AS n FROM raw_events WHERE partition_date < '2025-09-06'`)).rows[0].n)).toBe(11);
    const report = await validatePostgres(client);
    expect(report).toEqual({
      ok: true,
      eventCountMismatches: [],
      durationMismatches: [],
      skipped: { eventCounts: { before: '2025-09-06', because: 'minute_metrics' }, sessions: { before: '2025-09-06', because: 'session_metrics' } },
    });
  });
});
