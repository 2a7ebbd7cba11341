import { catalog, type QueryParamsInput, type Viewer } from '@learnlens/data-client';
import { describe, expect, it } from 'vitest';
import { tutoringContext, tutoringViewers as viewers } from '../../test-fixtures/tutoringDataset.js';
import { progressSnapshots } from './progressSnapshots.js';

function run(viewer: Viewer, input: QueryParamsInput<'progressSnapshots'> = {}) {
  const { ctx, params } = tutoringContext('progressSnapshots', viewer, input);
  return catalog.progressSnapshots.result.parse(progressSnapshots(ctx, params));
}

describe('progressSnapshots', () => {
  it("should give each learner's progress at the end of every week they answered in", () => {
    const result = run(viewers.admin);
    expect(result.total).toBe(5);
    expect(result.rows[1]).toEqual({
      userId: 's_amy',
      displayName: 'Name of s_amy',
      bucketStart: '2026-10-05',
      // Every answer up to the end of the week, the two of the week before included.
      questionsAttempted: 7,
      correct: 4,
      accuracy: (4 * 100) / 7,
      // Algebra: the latest 5 are 80 % right (proficient, not yet mastered); geometry: one ungraded answer (struggling).
      topicsMastered: 0,
      topicsStruggling: 1,
      // Card q_alg1 is due on 2026-10-08, within the week; card q_alg2 not before 2026-10-20.
      cardsDue: 1,
      // q_alg1 and q_alg2 got graded answers that week; the ungraded q_geo answer is no review.
      cardsReviewed: 2,
      averageEase: 2.5,
    });
    expect(result.rows.map((r) => [r.userId, r.bucketStart, r.questionsAttempted, r.correct, r.topicsStruggling, r.cardsDue, r.cardsReviewed, r.averageEase])).toEqual([
      // Amy's cards were last reviewed the week after: their stored state did not hold yet.
      ['s_amy', '2026-09-28', 2, 0, 1, 0, 2, null],
      ['s_amy', '2026-10-05', 7, 4, 1, 1, 2, 2.5],
      ['s_bo', '2026-09-28', 1, 1, 0, 1, 1, 2.5],
      // Bo's lesson is not a question.
      ['s_bo', '2026-10-05', 2, 1, 1, 1, 1, 2.5],
      ['s_cal', '2026-10-05', 1, 1, 0, 0, 1, null],
    ]);
  });

  it('should keep history before `from` in the evidence but give snapshots of [from, to) only', () => {
    const result = run(viewers.amy, { from: '2026-10-01', bucket: 'month' });
    expect(result.rows.map((r) => [r.bucketStart, r.questionsAttempted])).toEqual([['2026-10-01', 7]]);
    expect(run(viewers.amy, { bucket: 'month' }).rows.map((r) => [r.bucketStart, r.questionsAttempted])).toEqual([
      ['2026-09-01', 2],
      ['2026-10-01', 7],
    ]);
  });

  it('should decide mastered and struggling topics as topicMastery does', () => {
    const [, amy] = run(viewers.amy, { recentAttempts: 2, masteryThreshold: 0.5 }).rows;
    expect([amy!.topicsMastered, amy!.topicsStruggling]).toEqual([1, 1]);
  });

  it('should page by learner and week, and show a tutor only their students', () => {
    const page = run(viewers.admin, { limit: 2, offset: 2 });
    expect([page.total, page.rows.map((r) => [r.userId, r.bucketStart])]).toEqual([
      5,
      [
        ['s_bo', '2026-09-28'],
        ['s_bo', '2026-10-05'],
      ],
    ]);
    expect(new Set(run(viewers.kim).rows.map((r) => r.userId))).toEqual(new Set(['s_amy', 's_bo']));
  });
});
