import { catalog, type QueryParamsInput, type Viewer } from '@learnlens/data-client';
import { describe, expect, it } from 'vitest';
import { tutoringContext, tutoringViewers as viewers } from '../../test-fixtures/tutoringDataset.js';
import { questionQuality } from './questionQuality.js';

function run(viewer: Viewer, input: QueryParamsInput<'questionQuality'> = {}) {
  const { ctx, params } = tutoringContext('questionQuality', viewer, input);
  return catalog.questionQuality.result.parse(questionQuality(ctx, params));
}

describe('questionQuality', () => {
  it('should count learners, answers, flags and reasons per question, lessons left out', () => {
    const result = run(viewers.admin);
    expect(result.total).toBe(3);
    expect(result.rows[0]).toEqual({
      activityId: 'q_alg1',
      title: 'Title of q_alg1',
      topic: 'algebra',
      learners: 2,
      attempts: 4,
      correct: 3,
      accuracy: 75,
      avgTimeSeconds: 52.5,
      flags: 2,
      openFlags: 1,
      flagRate: 1,
      topReasons: [
        { reason: 'typo', flags: 1 },
        { reason: 'unclear_wording', flags: 1 },
      ],
    });
    // An ungraded answer is submitted and not correct; a null time is left out of the average.
    expect(result.rows.map((r) => [r.activityId, r.attempts, r.correct, r.avgTimeSeconds, r.flags, r.flagRate])).toEqual([
      ['q_alg1', 4, 3, 52.5, 2, 1],
      ['q_alg2', 3, 2, 90, 1, 1],
      ['q_geo', 3, 1, 70, 2, 2 / 3],
    ]);
    expect(result.rows[2]!.topReasons).toEqual([{ reason: 'incorrect_answer', flags: 2 }]);
  });

  it('should show a learner only their own answers and flags, and a tutor only their students', () => {
    expect(run(viewers.amy).rows.map((r) => [r.activityId, r.learners, r.attempts, r.flags])).toEqual([
      ['q_alg1', 1, 3, 1],
      ['q_alg2', 1, 3, 0],
      ['q_geo', 1, 1, 0],
    ]);
    // Tutor Lee's only student answered q_geo and flagged it and q_alg2, which none of Lee's students answered.
    expect(run(viewers.lee).rows.map((r) => [r.activityId, r.learners, r.flags, r.flagRate])).toEqual([
      ['q_geo', 1, 1, 1],
      ['q_alg2', 0, 1, null],
    ]);
  });

  it('should sort with nulls last either way and page with a total', () => {
    const ids = (input: QueryParamsInput<'questionQuality'>) => run(viewers.lee, input).rows.map((r) => r.activityId);
    expect(ids({ sort: 'flagRate' })).toEqual(['q_geo', 'q_alg2']);
    expect(ids({ sort: 'accuracy' })).toEqual(['q_geo', 'q_alg2']);
    const page = run(viewers.admin, { sort: 'title', limit: 1, offset: 1 });
    expect([page.total, page.rows.map((r) => r.activityId)]).toEqual([3, ['q_alg2']]);
    expect(run(viewers.admin, { sort: '-attempts' }).rows.map((r) => r.activityId)).toEqual(['q_alg1', 'q_alg2', 'q_geo']);
  });

  it('should count answers and flags of [from, to) only', () => {
    const result = run(viewers.admin, { from: '2026-10-01', to: '2026-10-08' });
    expect(result.rows.map((r) => [r.activityId, r.attempts, r.flags])).toEqual([
      ['q_alg1', 2, 0],
      ['q_alg2', 2, 0],
      ['q_geo', 1, 0],
    ]);
  });
});
