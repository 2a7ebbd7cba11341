// learnlens validate and retention on ClickHouse: seed 001's validation queries in 18.16's SQL over the tables
// "transform --adapter clickhouse" writes and the host's raw_events, recorded in etl_job_status; retention lists per
// table and partition, then drops whole expired months and deletes expired days of the cutoff's month.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { connectClickHouse } from '@learnlens/adapter-clickhouse';
import { clickHouseRawEventsSql } from '@learnlens/pipeline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { smallEvents } from '../../../pipeline/src/test-fixtures/smallEvents.js';
import { findClickHouseServer, startClickHouse, type ClickHouseServer } from '../../../../testing/clickhouse.js';
import { csvRows } from '../test-fixtures/orgRawEvents.js';
import { run, tempDir } from '../test-fixtures/runCliForTest.js';

const chTime = (iso: string) => `${iso.slice(0, 10)} ${iso.slice(11, 19)}`;

describe.skipIf(findClickHouseServer() === null)('learnlens validate and retention --adapter clickhouse', () => {
  let server: ClickHouseServer;
  beforeAll(async () => {
    server = await startClickHouse();
  });
  afterAll(() => server?.stop());

  it('should pass on transformed rows, name a broken minute row, and drop and delete expired partitions', async () => {
    const dir = await tempDir();
    await mkdir(join(dir, 'in'));
    await writeFile(join(dir, 'in', 'events.jsonl'), smallEvents.map((e) => JSON.stringify(e)).join('\n'));
    expect((await run(['ingest', '--format', 'raw', join(dir, 'in'), '--out', join(dir, 'raw')])).code).toBe(0);
    const ch = ['--adapter', 'clickhouse', '--ch-url', server.url, '--pipeline-schema', 'seed001'];
    const transformed = await run(['transform', '--events', join(dir, 'raw'), '--out', join(dir, 'out'), ...ch]);
    expect(transformed.code, transformed.stderr).toBe(0);

    // The host's raw events, landed in ClickHouse beside the transform's tables.
    const connection = connectClickHouse({ url: server.url });
    await connection.command(clickHouseRawEventsSql('seed001.raw_events'));
    const raw = await csvRows(join(dir, 'raw', 'raw_events.csv'));
    const lines = raw.rows.map((r) => {
      const row = Object.fromEntries(raw.header.map((c, i) => [c, r[i] ?? '']));
      return JSON.stringify({ ...row, timestamp: chTime(row.timestamp!), processed_at: chTime(row.processed_at!) });
    });
    await connection.insertJson('seed001.raw_events', lines.join('\n'));

    const ok = await run(['validate', ...ch]);
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stdout).toMatch(/validation passed/);

    // One minute row of S1 loses an event: the day and both counts are named, and the run is recorded as failed.
    await connection.command(
      "ALTER TABLE seed001.minute_metrics UPDATE total_events = total_events - 1 WHERE session_id = 'S1' AND minute_timestamp = toDateTime('2025-09-05 10:30:00', 'UTC')",
    );
    await waitForMutations(connection);
    const bad = await run(['validate', ...ch]);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toBe('validation failed: 1 day(s) with event count mismatches, 0 session(s) with duration mismatches\n  2025-09-05: 11 raw events, 10 counted in minute_metrics\n');
    // A session whose stored row is gone is named too.
    await connection.command("ALTER TABLE seed001.session_metrics DELETE WHERE session_id = 'S3'");
    await waitForMutations(connection);
    const json = await run(['validate', ...ch, '--json']);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toEqual({
      ok: false,
      eventCountMismatches: [{ event_date: '2025-09-05', raw_count: 11, aggregated_count: 10 }],
      durationMismatches: [{ session_id: 'S3', calculated_duration: 300, stored_duration: null }],
    });
    const runs = await connection.select("SELECT status, records_processed, records_failed FROM seed001.etl_job_status WHERE job_type = 'validate' ORDER BY started_at, records_failed");
    // The transform's own validation first, then the three runs above.
    expect(runs.map((r) => [r.status, Number(r.records_processed), Number(r.records_failed)])).toEqual([
      ['completed', 14, 0],
      ['completed', 14, 0],
      ['failed', 14, 1],
      ['failed', 14, 2],
    ]);

    // Retention: minute_metrics' cutoff falls inside September (a DELETE of 2025-09-05), session_metrics' in October
    // (September dropped whole as a partition).
    const windows = ['--now', '2025-10-10T00:00:00Z', '--window', 'minute_metrics=34d', '--window', 'session_metrics=5d'];
    const count = async (table: string) => Number((await connection.select(`SELECT count() AS n FROM seed001.${table}`))[0]!.n);
    const before = { minutes: await count('minute_metrics'), sessions: await count('session_metrics'), raw: await count('raw_events') };
    const dry = await run(['retention', ...ch, ...windows]);
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stdout).toContain('raw_events: keeps 2024-04-10 on; would delete 0 row(s) in 0 partition(s)');
    // S1's 8 minutes and S2's first two are on 2025-09-05; S1 and S2 started that day (S3's row was deleted above).
    expect(dry.stdout).toContain('minute_metrics: keeps 2025-09-06 on; would delete 8 row(s) in 1 partition(s)\n  2025-09-05: 8 row(s)\n');
    expect(dry.stdout).toContain('session_metrics: keeps 2025-10-05 on; would delete 2 row(s) in 1 partition(s)\n  2025-09-05: 2 row(s)\n');
    expect(dry.stdout).toContain('dry run: nothing was deleted');
    expect({ minutes: await count('minute_metrics'), sessions: await count('session_metrics'), raw: await count('raw_events') }).toEqual(before);

    const applied = await run(['retention', ...ch, ...windows, '--apply', '--json']);
    expect(applied.code, applied.stderr).toBe(0);
    const listing = JSON.parse(applied.stdout) as { applied: boolean; items: { table: string; partitions: { partition_date: string; rows: number }[] }[] };
    const minuteRows = listing.items.find((i) => i.table === 'minute_metrics')!.partitions[0]!.rows;
    expect(await count('minute_metrics')).toBe(before.minutes - minuteRows);
    const [left] = await connection.select("SELECT count() AS n, min(partition_date) AS first FROM seed001.minute_metrics");
    expect(left).toMatchObject({ first: '2025-09-06' });
    expect(await count('session_metrics')).toBe(0);
    expect(await count('raw_events')).toBe(before.raw);
    const parts = await connection.select("SELECT DISTINCT partition FROM system.parts WHERE database = 'seed001' AND table = 'session_metrics' AND active");
    expect(parts).toEqual([]);

    // Retention ran on ClickHouse only, yet a later transform (even one reprocessing the expired day) does not copy
    // the deleted rows back from the pipeline's state.
    const again = await run(['transform', '--events', join(dir, 'raw'), '--out', join(dir, 'out'), ...ch, '--date', '2025-09-05']);
    expect(again.code, again.stderr).toBe(0);
    expect(await count('session_metrics')).toBe(0);
    expect(await count('minute_metrics')).toBe(before.minutes - minuteRows);
    const [kept] = await connection.select('SELECT toString(min(partition_date)) AS first FROM seed001.minute_metrics');
    expect(kept).toMatchObject({ first: '2025-09-06' });

    // Validate leaves out what retention deleted on purpose (2025-09-05's minute rows, every session row, while their
    // raw events stay), and says so, instead of reporting it as mismatches.
    const afterRetention = await run(['validate', ...ch]);
    expect(afterRetention.code, afterRetention.stdout).toBe(0);
    expect(afterRetention.stdout).toBe(
      'validation passed: event counts match per day; every session duration is within tolerance\n' +
        'skipped: event counts of days before 2025-09-06 (retention cutoff of minute_metrics); sessions that started before 2025-10-05 (retention cutoff of session_metrics): retention deleted rows there on purpose\n',
    );
  });

  it('should say which table is missing', async () => {
    const result = await run(['validate', '--adapter', 'clickhouse', '--ch-url', server.url, '--pipeline-schema', 'nowhere']);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/no table nowhere\.raw_events/);
    expect((await run(['retention', '--ch-url', server.url])).stderr).toMatch(/--ch-url needs --adapter clickhouse/);
  });
});

async function waitForMutations(connection: ReturnType<typeof connectClickHouse>): Promise<void> {
  for (;;) {
    const [row] = await connection.select("SELECT count() AS n FROM system.mutations WHERE database = 'seed001' AND is_done = 0");
    if (Number(row!.n) === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
