import { catalog, type QueryParamsInput, type Viewer } from '@learnlens/data-client';
import { describe, expect, it } from 'vitest';
import { contextFor, viewers } from '../../test-fixtures/learningDataset.js';
import { eventFrequency } from './eventFrequency.js';

function run(viewer: Viewer, input: Omit<QueryParamsInput<'eventFrequency'>, 'eventType'> & { eventType?: string }) {
  const { ctx, params } = contextFor('eventFrequency', viewer, { eventType: 'filler_word', ...input });
  return catalog.eventFrequency.result.parse(eventFrequency(ctx, params));
}

const points = (result: { points: { bucketStart: string; count: number; attemptsWithEvent: number }[] }) =>
  result.points.map((p) => [p.bucketStart, p.count, p.attemptsWithEvent]);

describe('eventFrequency', () => {
  it("should bucket filler words by their attempt's start week, as the seed's SQL does", () => {
    const result = run(viewers.admin, {});
    expect(result).toMatchObject({ eventType: 'filler_word', bucket: 'week' });
    // E12 happens on Monday 10-12 but its attempt D2 started on Sunday 10-11: it counts in the week of 10-05.
    // The week of 10-12: E2, E3 (A2), E4 (A3), E6 (B1), E11 (B2) and E10, which has no attempt.
    expect(points(result)).toEqual([
      ['2026-10-05', 1, 1],
      ['2026-10-12', 6, 4],
    ]);
    expect(points(run(viewers.admin, { bucket: 'month' }))).toEqual([['2026-10-01', 7, 5]]);
  });

  it('should bucket by local day of the attempt start, moving across a Tokyo midnight', () => {
    expect(points(run(viewers.admin, { bucket: 'day' }))).toEqual([
      ['2026-10-11', 1, 1],
      ['2026-10-12', 4, 3],
      ['2026-10-13', 2, 1],
    ]);
    // In Tokyo D2 starts on the 12th (08:50), A3 and B1 on the 13th (00:30, 01:00).
    expect(points(run(viewers.admin, { bucket: 'day', timezone: 'Asia/Tokyo' }))).toEqual([
      ['2026-10-12', 3, 2],
      ['2026-10-13', 4, 3],
    ]);
  });

  it("should apply [from, to) to the attempt's start, or an unlinked event's own time", () => {
    // E12 occurred on 10-12 but belongs to an attempt started on 10-11: out.
    expect(points(run(viewers.admin, { bucket: 'day', from: '2026-10-12', to: '2026-10-13' }))).toEqual([
      ['2026-10-12', 4, 3],
    ]);
    // E10 has no attempt and counts at its own time; it adds no attempt.
    expect(points(run(viewers.admin, { bucket: 'day', from: '2026-10-13', to: '2026-10-14' }))).toEqual([
      ['2026-10-13', 2, 1],
    ]);
  });

  it('should count other event types, including ones never linked to an attempt', () => {
    expect(points(run(viewers.admin, { bucket: 'day', eventType: 'page_view' }))).toEqual([['2026-10-12', 2, 0]]);
  });

  it('should give no points for an event type the data does not have', () => {
    expect(run(viewers.admin, { eventType: 'long_pause' })).toEqual({ eventType: 'long_pause', bucket: 'week', points: [] });
  });

  it('should narrow by learners, team, scope and activity', () => {
    expect(points(run(viewers.admin, { bucket: 'day', userIds: ['u_ben'] }))).toEqual([
      ['2026-10-12', 1, 1],
      ['2026-10-13', 1, 1],
    ]);
    expect(points(run(viewers.admin, { bucket: 'day', teamId: 'team_blue' }))).toEqual([
      ['2026-10-11', 1, 1],
      ['2026-10-13', 1, 0],
    ]);
    expect(points(run(viewers.managerRed, {}))).toEqual([['2026-10-12', 5, 4]]);
    expect(points(run(viewers.admin, { bucket: 'day', activityIds: ['act_quiz'] }))).toEqual([['2026-10-13', 1, 1]]);
    expect(points(run(viewers.admin, { bucket: 'day', activityIds: ['act_lesson'] }))).toEqual([['2026-10-13', 1, 0]]);
  });

  it("should read only the viewer's org", () => {
    expect(points(run(viewers.adminB, {}))).toEqual([['2026-10-12', 1, 1]]);
  });

  it('should give no points for an empty org or period, still matching the result schema', () => {
    expect(run(viewers.adminEmpty, {})).toEqual({ eventType: 'filler_word', bucket: 'week', points: [] });
    expect(run(viewers.admin, { from: '2025-01-01', to: '2025-02-01' }).points).toEqual([]);
  });
});
