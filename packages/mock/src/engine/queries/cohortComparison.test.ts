import { catalog, type QueryParamsInput, type Viewer } from '@learnlens/data-client';
import { describe, expect, it } from 'vitest';
import { tutoringContext, tutoringViewers as viewers } from '../../test-fixtures/tutoringDataset.js';
import { cohortComparison } from './cohortComparison.js';

function run(viewer: Viewer, input: QueryParamsInput<'cohortComparison'> = {}) {
  const { ctx, params } = tutoringContext('cohortComparison', viewer, input);
  return catalog.cohortComparison.result.parse(cohortComparison(ctx, params));
}

describe('cohortComparison', () => {
  it('should group learners by cohort and academic year, learners without one last', () => {
    expect(run(viewers.admin).rows).toEqual([
      {
        cohortId: 'c1',
        academicYear: 2026,
        learners: 2,
        activeLearners: 2,
        // Amy's 7 answers (one ungraded) and Bo's 2 (his lesson is not a question).
        attempts: 9,
        correct: 5,
        accuracy: (5 * 100) / 9,
        attemptsPerLearner: 4.5,
        // Amy's latest 5 algebra answers are 4 right (80 %), but the 5 before them are not a full window.
        topicsMastered: 0,
        topicsMasteredPerLearner: 0,
      },
      {
        cohortId: null,
        academicYear: null,
        learners: 1,
        activeLearners: 1,
        attempts: 1,
        correct: 1,
        accuracy: 100,
        attemptsPerLearner: 1,
        topicsMastered: 0,
        topicsMasteredPerLearner: 0,
      },
    ]);
  });

  it('should count a topic mastered when the latest N answers and the N before them reach the threshold', () => {
    const [c1] = run(viewers.admin, { recentAttempts: 2, masteryThreshold: 0.5 }).rows;
    expect([c1!.topicsMastered, c1!.topicsMasteredPerLearner]).toEqual([1, 0.5]);
    // With N = 3 the latest three are all right, but the three before them only 1 of 3.
    expect(run(viewers.admin, { recentAttempts: 3 }).rows[0]!.topicsMastered).toBe(0);
  });

  it('should count members with no answer in the period as learners, not active ones', () => {
    const [c1] = run(viewers.admin, { from: '2026-10-08', to: '2026-10-31' }).rows;
    expect([c1!.learners, c1!.activeLearners, c1!.attempts, c1!.attemptsPerLearner]).toEqual([2, 1, 1, 0.5]);
  });

  it('should show a tutor their students and a learner only themselves', () => {
    expect(run(viewers.lee).rows.map((r) => [r.cohortId, r.learners])).toEqual([[null, 1]]);
    expect(run(viewers.amy).rows.map((r) => [r.cohortId, r.learners, r.attempts])).toEqual([['c1', 1, 7]]);
  });
});
