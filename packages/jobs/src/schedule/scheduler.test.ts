import { afterEach, describe, expect, it, vi } from 'vitest';
import { memoryJobStatus } from './jobStatus.js';
import { createScheduler, type SchedulerEvent } from './scheduler.js';

afterEach(() => {
  vi.useRealTimers();
});

describe('createScheduler', () => {
  it('should run a job at its cron time on a fake clock and record each run like etl_job_status', async () => {
    vi.useFakeTimers({ now: new Date('2026-12-06T01:59:00Z') });
    const status = memoryJobStatus();
    let runs = 0;
    const scheduler = createScheduler({
      status,
      jobs: [{ name: 'refresh-views', cron: '0 2 * * *', run: async () => ({ recordsProcessed: ++runs * 10, recordsFailed: 0, bytesProcessed: 1234 }) }],
    });
    expect(scheduler.nextRuns()).toEqual([{ job: 'refresh-views', next: new Date('2026-12-06T02:00:00Z') }]);
    scheduler.start();
    await vi.advanceTimersByTimeAsync(59_000);
    expect(runs).toBe(0);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(runs).toBe(1);
    await vi.advanceTimersByTimeAsync(24 * 3_600_000);
    expect(runs).toBe(2);
    await scheduler.stop();
    expect(status.rows).toHaveLength(2);
    expect(status.rows[0]).toMatchObject({
      job_type: 'refresh-views',
      status: 'completed',
      started_at: '2026-12-06T02:00:00.000Z',
      completed_at: '2026-12-06T02:00:00.000Z',
      records_processed: 10,
      records_failed: 0,
      bytes_processed: 1234,
      error_message: null,
      retry_count: 0,
    });
    expect(status.rows[1]).toMatchObject({ started_at: '2026-12-07T02:00:00.000Z', records_processed: 20 });
  });

  it('should read cron expressions in the configured time zone', () => {
    vi.useFakeTimers({ now: new Date('2026-12-06T12:00:00Z') });
    const scheduler = createScheduler({ status: memoryJobStatus(), timezone: 'Europe/Berlin', jobs: [{ name: 'digest', cron: '0 7 * * 1', run: async () => ({ recordsProcessed: 0, recordsFailed: 0, bytesProcessed: 0 }) }] });
    // Monday 07:00 in Berlin (CET, UTC+1).
    expect(scheduler.nextRuns()[0]!.next).toEqual(new Date('2026-12-07T06:00:00Z'));
  });

  it('should never run two copies of one job: ticks while it runs are skipped and reported', async () => {
    vi.useFakeTimers({ now: new Date('2026-12-06T10:00:30Z') });
    const status = memoryJobStatus();
    const events: SchedulerEvent[] = [];
    let finish!: () => void;
    let started = 0;
    const scheduler = createScheduler({
      status,
      onEvent: (e) => events.push(e),
      jobs: [{
        name: 'bi-export',
        cron: '* * * * *',
        run: () => {
          started += 1;
          return new Promise((resolve) => {
            finish = () => resolve({ recordsProcessed: 5, recordsFailed: 0, bytesProcessed: 50 });
          });
        },
      }],
    });
    scheduler.start();
    await vi.advanceTimersByTimeAsync(3 * 60_000);
    expect(started).toBe(1);
    expect(events.filter((e) => e.type === 'skipped')).toHaveLength(2);
    expect(await scheduler.runNow('bi-export')).toBeNull();
    expect(status.rows.map((r) => r.status)).toEqual(['running']);
    finish();
    await vi.advanceTimersByTimeAsync(0);
    expect(status.rows.map((r) => r.status)).toEqual(['completed']);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(started).toBe(2);
    finish();
    await scheduler.stop();
  });

  it('should retry a run that throws, count the retries, and log a failure with its error', async () => {
    const status = memoryJobStatus();
    let calls = 0;
    const scheduler = createScheduler({
      status,
      retryDelayMs: 1,
      jobs: [
        { name: 'flaky', cron: '0 0 1 1 *', retries: 2, run: async () => { calls += 1; if (calls === 1) throw new Error('connection reset'); return { recordsProcessed: 3, recordsFailed: 0, bytesProcessed: 0 }; } },
        { name: 'broken', cron: '0 0 1 1 *', retries: 1, run: async () => { throw new Error('relation "mv_org_overview" does not exist'); } },
        { name: 'partial', cron: '0 0 1 1 *', run: async () => ({ recordsProcessed: 7, recordsFailed: 1, bytesProcessed: 0, error: 'org-2: upload failed' }) },
      ],
    });
    expect(await scheduler.runNow('flaky')).toMatchObject({ status: 'completed', retry_count: 1, records_processed: 3 });
    expect(await scheduler.runNow('broken')).toMatchObject({ status: 'failed', retry_count: 1, error_message: 'relation "mv_org_overview" does not exist' });
    expect(await scheduler.runNow('partial')).toMatchObject({ status: 'failed', records_processed: 7, records_failed: 1, error_message: 'org-2: upload failed' });
    await expect(scheduler.runNow('nope')).rejects.toThrow('no job "nope"');
    expect(() => createScheduler({ status, jobs: [{ name: 'x', cron: 'every day', run: async () => ({ recordsProcessed: 0, recordsFailed: 0, bytesProcessed: 0 }) }] })).toThrow();
  });
});
