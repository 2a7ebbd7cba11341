import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, describe, expect, it } from 'vitest';
import { transform } from './transform.js';

const dir = mkdtempSync(join(tmpdir(), 'learnlens-mastery-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('transform mastery', () => {
  // DuckDB's appender flushes every 204,800 rows through its connection, which ended the result being streamed on
  // that connection: every mastery row past the first 204,800 was lost without an error.
  it('should write one mastery row per piece of evidence, beyond 204,800 of them', async () => {
    const raw = join(dir, 'raw');
    mkdirSync(raw, { recursive: true });
    const instance = await DuckDBInstance.create(':memory:');
    const db = await instance.connect();
    // 210,000 scored assessments: 1,000 learners × 3 items × 70 attempts, one a minute.
    await db.run(`COPY (
        SELECT 'learner_' || (i % 1000) AS learner_id, 'assessment_complete' AS event_type, 'e' || i AS event_id, 's' || (i % 1000) AS session_id,
          strftime(TIMESTAMP '2026-01-01' + to_minutes(i // 1000), '%Y-%m-%dT%H:%M:%S.%gZ') AS "timestamp",
          '{"content_id":"item_' || (i // 1000 % 3) || '","score":' || (i * 37 % 101) || '}' AS data, '{}' AS metadata, '1.0' AS version,
          strftime(TIMESTAMP '2026-01-01' + to_minutes(i // 1000), '%Y-%m-%dT%H:%M:%S.%gZ') AS processed_at, NULL AS partition_date, 'generated' AS s3_path
        FROM range(210000) t(i)
      ) TO '${join(raw, 'raw_events.csv')}' (FORMAT csv, HEADER true)`);
    db.closeSync();
    instance.closeSync();
    const out = join(dir, 'out');
    await transform({ events: [raw], out, validate: false, threads: 2 });
    const check = await DuckDBInstance.create(':memory:');
    const read = await check.connect();
    const rows = (
      await read.runAndReadAll(`SELECT count(*) AS n, count(DISTINCT trigger_event_id) AS events, max(evidence_count) AS most,
        count(*) FILTER (WHERE evidence_count = 70) AS last FROM read_csv('${join(out, 'mastery_deltas.csv')}', header = true)`)
    ).getRowObjectsJS()[0]!;
    read.closeSync();
    check.closeSync();
    expect([rows.n, rows.events, rows.most, rows.last].map(Number)).toEqual([210_000, 210_000, 70, 3_000]);
  }, 120_000);
});
