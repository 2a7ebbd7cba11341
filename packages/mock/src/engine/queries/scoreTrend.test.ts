import { createClient } from '@learnlens/data-client';
import { describe, expect, it } from 'vitest';
import { createMockAdapter } from '../../createMockAdapter.js';
import { TINY_NOW, tinyDataset, tinyViewers as v } from '../../test-fixtures/tinyDataset.js';

const client = createClient({ adapter: createMockAdapter({ dataset: tinyDataset() }) });
const now = TINY_NOW;

describe('scoreTrend', () => {
  it('should average scored attempts per local week from Monday and count all attempts', async () => {
    const result = await client.query('scoreTrend', { now, bucket: 'week', timezone: 'Europe/Berlin' }, { viewer: v.adminA });
    expect(result).toEqual({
      bucket: 'week',
      points: [
        { bucketStart: '2026-02-02', avgScore: (60 + 70 + 77) / 3, attempts: 3, scoredAttempts: 3, completedAttempts: 3, submittedAttempts: 0, correctAttempts: 0, accuracy: null },
        // a03 is unscored: a bucket with attempts but no average.
        { bucketStart: '2026-02-09', avgScore: null, attempts: 1, scoredAttempts: 0, completedAttempts: 0, submittedAttempts: 0, correctAttempts: 0, accuracy: null },
        { bucketStart: '2026-02-16', avgScore: 66, attempts: 1, scoredAttempts: 1, completedAttempts: 0, submittedAttempts: 0, correctAttempts: 0, accuracy: null },
        { bucketStart: '2026-02-23', avgScore: 84, attempts: 1, scoredAttempts: 1, completedAttempts: 1, submittedAttempts: 0, correctAttempts: 0, accuracy: null },
        // a05 70, a06 90, a07 75, a08 unscored, a09 80.
        { bucketStart: '2026-03-09', avgScore: 315 / 4, attempts: 5, scoredAttempts: 4, completedAttempts: 5, submittedAttempts: 0, correctAttempts: 0, accuracy: null },
        // a10 70 (Mon 00:30 local), a11 80, a12 85, a14 90, a15 95, a16 60; a13, a17, a20 unscored.
        { bucketStart: '2026-03-16', avgScore: 480 / 6, attempts: 9, scoredAttempts: 6, completedAttempts: 8, submittedAttempts: 0, correctAttempts: 0, accuracy: null },
      ],
    });
  });

  it('should move an attempt across a week boundary with the time zone', async () => {
    const result = await client.query('scoreTrend', { now, bucket: 'week', from: '2026-03-09' }, { viewer: v.adminA });
    // In UTC a10 (Sun 23:30Z) belongs to the week of Mar 9.
    expect(result.points).toEqual([
      { bucketStart: '2026-03-09', avgScore: 385 / 5, attempts: 6, scoredAttempts: 5, completedAttempts: 6, submittedAttempts: 0, correctAttempts: 0, accuracy: null },
      { bucketStart: '2026-03-16', avgScore: 410 / 5, attempts: 8, scoredAttempts: 5, completedAttempts: 7, submittedAttempts: 0, correctAttempts: 0, accuracy: null },
    ]);
  });

  it('should bucket by calendar month', async () => {
    const berlin = await client.query('scoreTrend', { now, bucket: 'month', timezone: 'Europe/Berlin' }, { viewer: v.adminA });
    // a04 (Feb 28 23:30Z) is March in Berlin and February in UTC.
    expect(berlin.points).toEqual([
      { bucketStart: '2026-02-01', avgScore: 273 / 4, attempts: 5, scoredAttempts: 4, completedAttempts: 3, submittedAttempts: 0, correctAttempts: 0, accuracy: null },
      { bucketStart: '2026-03-01', avgScore: 879 / 11, attempts: 15, scoredAttempts: 11, completedAttempts: 14, submittedAttempts: 0, correctAttempts: 0, accuracy: null },
    ]);
    const utc = await client.query('scoreTrend', { now, bucket: 'month' }, { viewer: v.adminA });
    expect(utc.points).toEqual([
      { bucketStart: '2026-02-01', avgScore: 357 / 5, attempts: 6, scoredAttempts: 5, completedAttempts: 4, submittedAttempts: 0, correctAttempts: 0, accuracy: null },
      { bucketStart: '2026-03-01', avgScore: 795 / 10, attempts: 14, scoredAttempts: 10, completedAttempts: 13, submittedAttempts: 0, correctAttempts: 0, accuracy: null },
    ]);
  });

  it('should bucket by day within [from, to) and the activity filter', async () => {
    const result = await client.query(
      'scoreTrend',
      { now, bucket: 'day', from: '2026-03-12', to: '2026-03-19', timezone: 'Europe/Berlin', activityIds: ['act-a3'] },
      { viewer: v.adminA },
    );
    expect(result.points).toEqual([
      { bucketStart: '2026-03-12', avgScore: 75, attempts: 1, scoredAttempts: 1, completedAttempts: 1, submittedAttempts: 0, correctAttempts: 0, accuracy: null },
      { bucketStart: '2026-03-13', avgScore: 80, attempts: 1, scoredAttempts: 1, completedAttempts: 1, submittedAttempts: 0, correctAttempts: 0, accuracy: null },
      { bucketStart: '2026-03-16', avgScore: 70, attempts: 1, scoredAttempts: 1, completedAttempts: 1, submittedAttempts: 0, correctAttempts: 0, accuracy: null },
      { bucketStart: '2026-03-18', avgScore: null, attempts: 1, scoredAttempts: 0, completedAttempts: 1, submittedAttempts: 0, correctAttempts: 0, accuracy: null },
    ]);
  });
});
