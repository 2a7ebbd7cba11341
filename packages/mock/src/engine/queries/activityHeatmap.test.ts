import { createClient } from '@learnlens/data-client';
import { describe, expect, it } from 'vitest';
import { createMockAdapter } from '../../createMockAdapter.js';
import { TINY_NOW, tinyDataset, tinyViewers as v } from '../../test-fixtures/tinyDataset.js';

const client = createClient({ adapter: createMockAdapter({ dataset: tinyDataset() }) });
const now = TINY_NOW;

describe('activityHeatmap', () => {
  it('should count attempts and distinct learners per local calendar day', async () => {
    const result = await client.query(
      'activityHeatmap',
      { now, from: '2026-03-15', to: '2026-03-19', timezone: 'Europe/Berlin' },
      { viewer: v.adminA },
    );
    // Mar 16: a10 (cai, 00:30 local) and a11 (ana); Mar 17: ben's a12 and a13; Mar 18: a20 ben, a14 ana, a15 dev.
    expect(result).toEqual({
      grid: 'calendar',
      bucket: 'day',
      cells: [
        { date: '2026-03-16', attempts: 2, activeUsers: 2 },
        { date: '2026-03-17', attempts: 2, activeUsers: 1 },
        { date: '2026-03-18', attempts: 3, activeUsers: 3 },
      ],
    });
  });

  it('should put an attempt on its UTC day when the zone is UTC', async () => {
    const result = await client.query('activityHeatmap', { now, from: '2026-03-15', to: '2026-03-19' }, { viewer: v.adminA });
    expect(result.grid === 'calendar' && result.cells).toEqual([
      { date: '2026-03-15', attempts: 1, activeUsers: 1 },
      { date: '2026-03-16', attempts: 1, activeUsers: 1 },
      { date: '2026-03-17', attempts: 2, activeUsers: 1 },
      { date: '2026-03-18', attempts: 3, activeUsers: 3 },
    ]);
  });

  it('should count per ISO weekday and local hour, sparse and in order', async () => {
    const result = await client.query(
      'activityHeatmap',
      { now, from: '2026-03-09', to: '2026-03-23', timezone: 'Europe/Berlin', grid: 'weekdayHour' },
      { viewer: v.adminA },
    );
    // Local times (UTC+1): a05 Tue 09 · a06 Wed 10 · a07 Thu 16 · a08 Thu 17 · a09 Fri 12 · a10 Mon 00 · a11 Mon 10 ·
    // a12 Tue 11 · a13 Tue 12 · a20 Wed 10 (ben again) · a14, a15 Wed 13 · a16 Thu 18 · a17 Fri 09.
    expect(result).toEqual({
      grid: 'weekdayHour',
      cells: [
        { weekday: 1, hour: 0, attempts: 1, activeUsers: 1 },
        { weekday: 1, hour: 10, attempts: 1, activeUsers: 1 },
        { weekday: 2, hour: 9, attempts: 1, activeUsers: 1 },
        { weekday: 2, hour: 11, attempts: 1, activeUsers: 1 },
        { weekday: 2, hour: 12, attempts: 1, activeUsers: 1 },
        { weekday: 3, hour: 10, attempts: 2, activeUsers: 1 },
        { weekday: 3, hour: 13, attempts: 2, activeUsers: 2 },
        { weekday: 4, hour: 16, attempts: 1, activeUsers: 1 },
        { weekday: 4, hour: 17, attempts: 1, activeUsers: 1 },
        { weekday: 4, hour: 18, attempts: 1, activeUsers: 1 },
        { weekday: 5, hour: 9, attempts: 1, activeUsers: 1 },
        { weekday: 5, hour: 12, attempts: 1, activeUsers: 1 },
      ],
    });
  });

  it('should put a late-Sunday UTC attempt on Monday in Berlin', async () => {
    const utc = await client.query(
      'activityHeatmap',
      { now, from: '2026-03-15', to: '2026-03-16', grid: 'weekdayHour', userIds: ['cai'] },
      { viewer: v.adminA },
    );
    expect(utc).toEqual({ grid: 'weekdayHour', cells: [{ weekday: 7, hour: 23, attempts: 1, activeUsers: 1 }] });
    const berlin = await client.query(
      'activityHeatmap',
      { now, from: '2026-03-16', to: '2026-03-17', grid: 'weekdayHour', userIds: ['cai'], timezone: 'Europe/Berlin' },
      { viewer: v.adminA },
    );
    expect(berlin).toEqual({ grid: 'weekdayHour', cells: [{ weekday: 1, hour: 0, attempts: 1, activeUsers: 1 }] });
  });

  it('should show a learner only their own days', async () => {
    const result = await client.query('activityHeatmap', { now }, { viewer: v.learnerAna });
    expect(result.grid === 'calendar' && result.cells.map((c) => [c.date, c.attempts, c.activeUsers])).toEqual([
      ['2026-02-02', 1, 1],
      ['2026-02-05', 1, 1],
      ['2026-03-10', 1, 1],
      ['2026-03-16', 1, 1],
      ['2026-03-18', 1, 1],
    ]);
  });

  it('should answer no cells for an empty range', async () => {
    const result = await client.query('activityHeatmap', { now, from: '2025-01-01', to: '2025-02-01' }, { viewer: v.adminA });
    expect(result).toEqual({ grid: 'calendar', bucket: 'day', cells: [] });
  });
});
