import { mkdirSync, mkdtempSync, readFileSync, rmSync, existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ingest } from '../ingest/ingest.js';
import { transform } from '../transform/transform.js';
import { partitionOfPath, runFileRetention } from './retention.js';
import { cutoffDate, parseWindow } from './windows.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const event = (id: string, timestamp: string) => ({
  learner_id: 'l1', event_type: 'page_view', event_id: id, session_id: `s-${timestamp.slice(0, 10)}`, timestamp, data: { page: '/' },
});

describe('retention windows', () => {
  it('should count calendar months and days back in UTC, clamping to short months', () => {
    expect(cutoffDate(new Date('2026-12-06T10:00:00Z'), { months: 18 })).toBe('2025-06-06');
    expect(cutoffDate(new Date('2026-08-31T10:00:00Z'), { months: 6 })).toBe('2026-02-28');
    expect(cutoffDate(new Date('2026-12-06T10:00:00Z'), { days: 90 })).toBe('2026-09-07');
    expect(parseWindow('7y')).toEqual({ months: 84 });
    expect(() => parseWindow('7 years')).toThrow(/not a retention window/);
    expect(partitionOfPath('/x/partition_date=2025-09-05/a.csv')).toBe('2025-09-05');
    expect(partitionOfPath('/x/2025/09/05/a.parquet')).toBe('2025-09-05');
  });

  it('should list, then delete, expired raw partitions and aggregates, keeping the rest', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'learnlens-retention-'));
    dirs.push(dir);
    // Raw events in a date-partitioned tree: an old day (deleted whole) and a recent one.
    for (const [date, id] of [['2024-01-10', 'old'], ['2026-11-20', 'new']] as const) {
      const input = join(dir, 'in', date);
      mkdirSync(input, { recursive: true });
      writeFileSync(join(input, 'e.jsonl'), JSON.stringify(event(id, `${date}T10:00:00Z`)));
      await ingest({ format: 'raw', inputs: [input], out: join(dir, 'raw', `partition_date=${date}`) });
      rmSync(join(dir, 'raw', `partition_date=${date}`, 'rejects.jsonl'));
    }
    const out = join(dir, 'out');
    await transform({ events: [join(dir, 'raw')], out });
    const now = new Date('2026-12-06T00:00:00Z');
    const dry = await runFileRetention({ events: join(dir, 'raw'), out }, { now });
    expect(dry.map((i) => [i.table, i.cutoff, i.partitions])).toEqual([
      ['raw_events', '2025-06-06', [{ partition_date: '2024-01-10', rows: 1 }]],
      ['minute_metrics', '2026-09-07', [{ partition_date: '2024-01-10', rows: 1 }]],
      ['session_metrics', '2019-12-06', []],
      ['mastery_deltas', '2019-12-06', []],
      ['etl_job_status', '2019-12-06', []],
    ]);
    expect(existsSync(join(dir, 'raw', 'partition_date=2024-01-10', 'raw_events.csv'))).toBe(true);
    await runFileRetention({ events: join(dir, 'raw'), out }, { now, apply: true });
    expect(existsSync(join(dir, 'raw', 'partition_date=2024-01-10', 'raw_events.csv'))).toBe(false);
    expect(existsSync(join(dir, 'raw', 'partition_date=2026-11-20', 'raw_events.csv'))).toBe(true);
    expect(readFileSync(join(out, 'minute_metrics.csv'), 'utf8')).not.toContain('2024-01-10');
    // Sessions are aggregates: the old one stays, and a later transform does not bring back or drop anything.
    expect(readFileSync(join(out, 'session_metrics.csv'), 'utf8')).toContain('s-2024-01-10');
    const again = await transform({ events: [join(dir, 'raw')], out });
    expect(again.partitions).toEqual([]);
    expect(readFileSync(join(out, 'session_metrics.csv'), 'utf8')).toContain('s-2024-01-10');
  });
});
