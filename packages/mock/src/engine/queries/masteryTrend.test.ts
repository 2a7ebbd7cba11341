import { catalog, type QueryParamsInput, type Viewer } from '@learnlens/data-client';
import { describe, expect, it } from 'vitest';
import { contextFor, viewers } from '../../test-fixtures/learningDataset.js';
import { masteryTrend } from './masteryTrend.js';

function run(viewer: Viewer, input: QueryParamsInput<'masteryTrend'>) {
  const { ctx, params } = contextFor('masteryTrend', viewer, input);
  return catalog.masteryTrend.result.parse(masteryTrend(ctx, params));
}

const close = (x: number) => expect.closeTo(x, 9);

// One row as the test writes it: current mastery values give the mean, and the band is worked out from them.
function row(contentId: string, bucketStart: string, learners: number, changes: number[], currents: number[], confidences: number[]) {
  const n = currents.length;
  const mean = currents.reduce((s, x) => s + x, 0) / n;
  const sd = n > 1 ? Math.sqrt(currents.reduce((s, x) => s + (x - mean) ** 2, 0) / (n - 1)) : 0;
  const half = (1.96 * sd) / Math.sqrt(n);
  return {
    contentId,
    contentType: contentId === 'act_lesson' ? 'lesson' : contentId === 'act_quiz' ? 'assessment' : 'scenario',
    bucketStart,
    learnersAffected: learners,
    avgMasteryChange: close(changes.reduce((s, x) => s + x, 0) / n),
    avgCurrentMastery: close(mean),
    avgConfidence: close(confidences.reduce((s, x) => s + x, 0) / n),
    deltaCount: n,
    bandLow: close(Math.max(0, mean - half)),
    bandHigh: close(Math.min(1, mean + half)),
  };
}

describe('masteryTrend', () => {
  it('should group deltas by content and ISO week, with a 95% band from the sample deviation', () => {
    const result = run(viewers.admin, {});
    expect(result.bucket).toBe('week');
    expect(result.rows).toEqual([
      // n = 1: the band collapses onto the mean.
      row('act_lesson', '2026-10-05', 1, [0.1], [0.3], [0.5]),
      // 0.5, 0.7, 0.6: mean 0.6, sd 0.1, band 0.6 ± 1.96 × 0.1 / √3.
      row('act_lesson', '2026-10-12', 2, [0.1, 0.2, 0.1], [0.5, 0.7, 0.6], [0.8, 0.6, 0.7]),
      // 0.98, 1: mean 0.99, sd √0.0002, band 0.99 ± 0.0196, its top clamped to 1.
      row('act_quiz', '2026-10-12', 2, [0.08, 0.05], [0.98, 1], [0.9, 0.95]),
    ]);
    const lessonWeek = result.rows[1]!;
    expect(lessonWeek.bandLow).toBeCloseTo(0.6 - 0.113161, 5);
    expect(lessonWeek.bandHigh).toBeCloseTo(0.6 + 0.113161, 5);
    expect(result.rows[2]!.bandLow).toBeCloseTo(0.9704, 9);
    expect(result.rows[2]!.bandHigh).toBe(1);
  });

  it('should compute the band over a whole month', () => {
    const result = run(viewers.admin, { bucket: 'month', activityIds: ['act_lesson'] });
    // 0.3, 0.5, 0.7, 0.6: mean 0.525, sample variance 0.0875 / 3, half width 1.96 × 0.170783 / 2 = 0.167367.
    expect(result.rows).toEqual([
      row('act_lesson', '2026-10-01', 3, [0.1, 0.1, 0.2, 0.1], [0.3, 0.5, 0.7, 0.6], [0.5, 0.8, 0.6, 0.7]),
    ]);
    expect(result.rows[0]!.bandLow).toBeCloseTo(0.357633, 5);
  });

  it('should put a delta just after a Tokyo midnight on the next local day', () => {
    const utc = run(viewers.admin, { bucket: 'day', activityIds: ['act_lesson'] });
    expect(utc.rows.map((r) => [r.bucketStart, r.deltaCount])).toEqual([
      ['2026-10-09', 1],
      ['2026-10-12', 1],
      ['2026-10-13', 1],
      ['2026-10-14', 1],
    ]);
    // M1 at 15:45Z is 00:45 on the 13th in Tokyo, the same local day as M2.
    const tokyo = run(viewers.admin, { bucket: 'day', activityIds: ['act_lesson'], timezone: 'Asia/Tokyo' });
    expect(tokyo.rows).toEqual([
      row('act_lesson', '2026-10-09', 1, [0.1], [0.3], [0.5]),
      row('act_lesson', '2026-10-13', 2, [0.1, 0.2], [0.5, 0.7], [0.8, 0.6]),
      row('act_lesson', '2026-10-14', 1, [0.1], [0.6], [0.7]),
    ]);
    expect(tokyo.rows[1]!.bandLow).toBeCloseTo(0.404, 9);
    expect(tokyo.rows[1]!.bandHigh).toBeCloseTo(0.796, 9);
  });

  it("should give one learner's path when userIds names one learner", () => {
    const expected = [
      // 0.5, 0.6: mean 0.55, sd 0.0707107, band 0.55 ± 0.098.
      row('act_lesson', '2026-10-12', 1, [0.1, 0.1], [0.5, 0.6], [0.8, 0.7]),
      row('act_quiz', '2026-10-12', 1, [0.08], [0.98], [0.9]),
    ];
    expect(run(viewers.admin, { userIds: ['u_ana'] }).rows).toEqual(expected);
    expect(run(viewers.ana, {}).rows).toEqual(expected);
    expect(run(viewers.admin, { userIds: ['u_ana'] }).rows[0]!.bandLow).toBeCloseTo(0.452, 9);
  });

  it("should narrow to a team's learners by teamId or by the manager's scope", () => {
    const expected = [
      row('act_lesson', '2026-10-05', 1, [0.1], [0.3], [0.5]),
      row('act_quiz', '2026-10-12', 1, [0.05], [1], [0.95]),
    ];
    expect(run(viewers.admin, { teamId: 'team_blue' }).rows).toEqual(expected);
    expect(run(viewers.managerBlue, {}).rows).toEqual(expected);
  });

  it('should select content items with activityIds', () => {
    const result = run(viewers.admin, { activityIds: ['act_quiz'] });
    expect(result.rows.map((r) => r.contentId)).toEqual(['act_quiz']);
  });

  it('should keep deltas in [from, to) only', () => {
    const result = run(viewers.admin, { from: '2026-10-12', to: '2026-10-14' });
    expect(result.rows).toEqual([
      row('act_lesson', '2026-10-12', 2, [0.1, 0.2], [0.5, 0.7], [0.8, 0.6]),
      row('act_quiz', '2026-10-12', 2, [0.08, 0.05], [0.98, 1], [0.9, 0.95]),
    ]);
  });

  it("should read only the viewer's org", () => {
    const result = run(viewers.adminB, {});
    expect(result.rows).toEqual([row('act_b', '2026-10-12', 1, [0.8], [0.9], [0.9])]);
  });

  it('should return no rows for an empty org or period, still matching the result schema', () => {
    expect(run(viewers.adminEmpty, {})).toEqual({ bucket: 'week', rows: [] });
    expect(run(viewers.admin, { from: '2025-01-01', to: '2025-02-01' })).toEqual({ bucket: 'week', rows: [] });
    expect(run(viewers.admin, { userIds: ['m_red'] }).rows).toEqual([]);
    expect(run(viewers.admin, { activityIds: ['act_call'] }).rows).toEqual([]);
  });
});
