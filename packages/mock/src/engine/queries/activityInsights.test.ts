import { createClient } from '@learnlens/data-client';
import { describe, expect, it } from 'vitest';
import { createMockAdapter } from '../../createMockAdapter.js';
import { TINY_NOW, tinyDataset, tinyViewers as v } from '../../test-fixtures/tinyDataset.js';

const client = createClient({ adapter: createMockAdapter({ dataset: tinyDataset() }) });
const now = TINY_NOW;

describe('activityInsights', () => {
  it('should summarise scored attempts per activity like mv_scenario_insights', async () => {
    const result = await client.query('activityInsights', { now }, { viewer: v.adminA });
    expect(result.total).toBe(4);
    // Sorted by -attemptCount, ties (act-a2 and act-a3 have 4) by activityId. Unscored a03, a08, a13, a17, a20 are left out.
    expect(result.rows).toEqual([
      {
        // a01 60, a02 70, a05 70, a11 80, a12 85, a16 60: sum 425; sum of squares 30 625, so the squared deviations
        // add up to 30 625 − 425² / 6 = 3125 / 6, over n − 1 = 5. Durations 300, 400, 300, 600, 500 (a12 none).
        activityId: 'act-a1',
        activityName: 'Cold call',
        attemptCount: 6,
        avgScore: 425 / 6,
        scoreStddev: expect.closeTo(Math.sqrt(625 / 6), 12),
        medianScore: 70,
        avgDurationSeconds: 420,
        lastAttemptedAt: '2026-03-17T10:05:00.000Z', // a16 (Mar 19) never ended
      },
      {
        // 84, 90, 90, 95: squared deviations 33.0625+0.0625+0.0625+27.5625 = 60.75 over 3.
        activityId: 'act-a2',
        activityName: 'Objection handling',
        attemptCount: 4,
        avgScore: 89.75,
        scoreStddev: 4.5,
        medianScore: 90,
        avgDurationSeconds: 237.5,
        lastAttemptedAt: '2026-03-18T12:05:00.000Z',
      },
      {
        // 70, 75, 77, 80: median interpolated (75 + 77) / 2; squared deviations 30.25+0.25+2.25+20.25 = 53 over 3.
        activityId: 'act-a3',
        activityName: 'Closing',
        attemptCount: 4,
        avgScore: 75.5,
        scoreStddev: expect.closeTo(Math.sqrt(53 / 3), 12),
        medianScore: 76,
        avgDurationSeconds: 375,
        lastAttemptedAt: '2026-03-15T23:37:00.000Z',
      },
      {
        // One attempt: no sample deviation; no duration; never ended.
        activityId: 'act-a4',
        activityName: 'Discovery',
        attemptCount: 1,
        avgScore: 66,
        scoreStddev: null,
        medianScore: 66,
        avgDurationSeconds: null,
        lastAttemptedAt: null,
      },
    ]);
  });

  it('should restrict to attempts started in [from, to) of the time zone', async () => {
    const result = await client.query(
      'activityInsights',
      { now, from: '2026-03-16', to: '2026-03-23', timezone: 'Europe/Berlin' },
      { viewer: v.adminA },
    );
    expect(result.rows).toEqual([
      {
        // a11 80, a12 85, a16 60.
        activityId: 'act-a1',
        activityName: 'Cold call',
        attemptCount: 3,
        avgScore: 75,
        scoreStddev: expect.closeTo(Math.sqrt((25 + 100 + 225) / 2), 12),
        medianScore: 80,
        avgDurationSeconds: 550,
        lastAttemptedAt: '2026-03-17T10:05:00.000Z',
      },
      {
        // a14 90, a15 95: the median of two is their midpoint.
        activityId: 'act-a2',
        activityName: 'Objection handling',
        attemptCount: 2,
        avgScore: 92.5,
        scoreStddev: expect.closeTo(Math.sqrt(12.5), 12),
        medianScore: 92.5,
        avgDurationSeconds: 250,
        lastAttemptedAt: '2026-03-18T12:05:00.000Z',
      },
      {
        // a10 is Monday 00:30 in Berlin.
        activityId: 'act-a3',
        activityName: 'Closing',
        attemptCount: 1,
        avgScore: 70,
        scoreStddev: null,
        medianScore: 70,
        avgDurationSeconds: 400,
        lastAttemptedAt: '2026-03-15T23:37:00.000Z',
      },
    ]);
  });

  it('should sort with nulls last and page', async () => {
    const asc = await client.query('activityInsights', { now, sort: 'avgDurationSeconds' }, { viewer: v.adminA });
    expect(asc.rows.map((r) => r.activityId)).toEqual(['act-a2', 'act-a3', 'act-a1', 'act-a4']);
    const desc = await client.query('activityInsights', { now, sort: '-lastAttemptedAt' }, { viewer: v.adminA });
    expect(desc.rows.map((r) => r.activityId)).toEqual(['act-a2', 'act-a1', 'act-a3', 'act-a4']);
    const page = await client.query('activityInsights', { now, offset: 1, limit: 2 }, { viewer: v.adminA });
    expect(page.total).toBe(4);
    expect(page.rows.map((r) => r.activityId)).toEqual(['act-a2', 'act-a3']);
  });

  it('should only see a learner’s own attempts', async () => {
    const result = await client.query('activityInsights', { now }, { viewer: v.learnerAna });
    // ana: act-a1 60, 70, 80 (deviations −10, 0, 10: 200 / 2 = 100); act-a2 90; act-a3 77.
    expect(result.rows.map((r) => [r.activityId, r.attemptCount, r.avgScore, r.medianScore, r.scoreStddev])).toEqual([
      ['act-a1', 3, 70, 70, 10],
      ['act-a2', 1, 90, 90, null],
      ['act-a3', 1, 77, 77, null],
    ]);
  });
});

describe('activityInsights off the half-point grid', () => {
  it('should give the same durations and last attempts when a late score leaves the grid, and the exact median', async () => {
    const { learningRows, viewers, NOW } = await import('../../test-fixtures/learningDataset.js');
    const { datasetFromRows } = await import('../../dataset/fromRows.js');
    // B3 is a late row: the grid pass has summed durations for earlier rows when it meets 65.3 and gives up.
    const timed = { ...learningRows, attempts: learningRows.attempts.map((a, k) => ({ ...a, duration_seconds: 60 * (k + 1) })) };
    const offGrid = { ...timed, attempts: timed.attempts.map((a) => (a.attempt_id === 'B3' ? { ...a, score: 65.3 } : a)) };
    const ask = (rows: typeof learningRows) =>
      createClient({ adapter: createMockAdapter({ dataset: datasetFromRows(rows) }) }).query('activityInsights', { now: NOW, sort: 'avgScore' }, { viewer: viewers.admin });
    const [onGrid, off] = await Promise.all([ask(timed), ask(offGrid)]);
    const strip = (r: (typeof off.rows)[number]) => [r.activityId, r.attemptCount, r.avgDurationSeconds, r.lastAttemptedAt];
    expect(off.rows.map(strip).sort()).toEqual(onGrid.rows.map(strip).sort());
    expect(off.rows.every((r) => r.avgDurationSeconds !== null)).toBe(true);
    const call = off.rows.find((r) => r.activityId === 'act_call')!;
    const scores = learningRows.attempts
      .filter((a) => a.activity_id === 'act_call' && a.score !== null)
      .map((a) => (a.attempt_id === 'B3' ? 65.3 : a.score!))
      .sort((x, y) => x - y);
    const mid = scores.length >> 1;
    expect(call.medianScore).toBe(scores.length % 2 ? scores[mid] : (scores[mid - 1]! + scores[mid]!) / 2);
    expect(call.avgScore).toBeCloseTo(scores.reduce((s, x) => s + x, 0) / scores.length, 12);
  });
});
