import { catalog, type QueryParamsInput, type Viewer } from '@learnlens/data-client';
import { describe, expect, it } from 'vitest';
import { tutoringContext, tutoringViewers as viewers } from '../../test-fixtures/tutoringDataset.js';
import { tutorEffectiveness } from './tutorEffectiveness.js';

function run(viewer: Viewer, input: QueryParamsInput<'tutorEffectiveness'> = {}) {
  const { ctx, params } = tutoringContext('tutorEffectiveness', viewer, input);
  return catalog.tutorEffectiveness.result.parse(tutorEffectiveness(ctx, params));
}

describe('tutorEffectiveness', () => {
  it("should compare a student's accuracy in the two weeks before and after a session, and count what the tutor assigned", () => {
    expect(run(viewers.admin).rows).toEqual([
      {
        tutorId: 't_kim',
        displayName: 'Name of t_kim',
        // The no-show is not conducted.
        sessionsConducted: 1,
        students: 1,
        sessionsMeasured: 1,
        accuracyBefore: 0,
        accuracyAfter: 80,
        accuracyChange: 80,
        assignmentsCreated: 2,
        // Algebra 1: Amy finished it after it was assigned, Bo only before (0.5); Geometry: Bo finished it (1).
        assignmentCompletionRate: 0.75,
        // Algebra 1: Amy's two answers after it was assigned, both right (1); Geometry: Bo's wrong answer (0).
        avgStudentScore: 0.5,
      },
      {
        tutorId: 't_lee',
        displayName: 'Name of t_lee',
        sessionsConducted: 1,
        students: 1,
        // Its two weeks after end on 2026-10-22, after "now".
        sessionsMeasured: 0,
        accuracyBefore: null,
        accuracyAfter: null,
        accuracyChange: null,
        assignmentsCreated: 0,
        assignmentCompletionRate: null,
        avgStudentScore: null,
      },
    ]);
  });

  it('should measure a session once its two weeks after have passed', () => {
    const later = run(viewers.admin, { now: '2026-10-23T00:00:00Z' }).rows[1]!;
    // Cal answered nothing in the two weeks before the session: not measured either way.
    expect([later.tutorId, later.sessionsMeasured]).toEqual(['t_lee', 0]);
  });

  it("should show a tutor their students only, and a learner their own sessions and assignments", () => {
    expect(run(viewers.kim).rows.map((r) => r.tutorId)).toEqual(['t_kim']);
    const amy = run(viewers.amy).rows;
    expect(amy.map((r) => [r.tutorId, r.sessionsConducted, r.assignmentsCreated, r.assignmentCompletionRate, r.avgStudentScore])).toEqual([
      ['t_kim', 1, 1, 1, 1],
    ]);
  });

  it('should count sessions and assignments of [from, to) only', () => {
    expect(run(viewers.admin, { from: '2026-10-06', to: '2026-10-31' }).rows.map((r) => [r.tutorId, r.sessionsConducted, r.assignmentsCreated])).toEqual([
      ['t_lee', 1, 0],
    ]);
  });
});
