import { catalog, type QueryParamsInput, type Viewer } from '@learnlens/data-client';
import { describe, expect, it } from 'vitest';
import { contextFor, viewers } from '../../test-fixtures/learningDataset.js';
import { learnerActivitySummary } from './learnerActivitySummary.js';

function run(viewer: Viewer, input: QueryParamsInput<'learnerActivitySummary'>) {
  const { ctx, params } = contextFor('learnerActivitySummary', viewer, input);
  return catalog.learnerActivitySummary.result.parse(learnerActivitySummary(ctx, params));
}

// [learner, day, events, seconds of sessions started that day, sessions, lessons, assessments]
type Expected = [string, string, number, number, number, number, number];
const rows = (expected: Expected[]) =>
  expected.map(([learnerId, activityDate, dailyEvents, seconds, sessions, lessonsCompleted, assessmentsCompleted]) => ({
    learnerId,
    activityDate,
    dailyEvents,
    hoursSpent: expect.closeTo(seconds / 3600, 12),
    sessions,
    lessonsCompleted,
    assessmentsCompleted,
  }));
const keys = (result: { rows: { learnerId: string; activityDate: string }[] }) =>
  result.rows.map((r) => `${r.activityDate} ${r.learnerId}`);

const period = { from: '2026-10-12', to: '2026-10-15' };

describe('learnerActivitySummary', () => {
  it('should summarise each learner day, newest day first, then by learner', () => {
    const result = run(viewers.admin, period);
    expect(result.total).toBe(7);
    expect(result.rows).toEqual(
      rows([
        // S5 has no events: the day still shows, with its half hour.
        ['u_ana', '2026-10-14', 0, 1800, 0, 0, 0],
        ['u_ana', '2026-10-13', 1, 2400, 1, 0, 1],
        ['u_ben', '2026-10-13', 1, 3000, 1, 0, 0],
        ['u_cy', '2026-10-13', 2, 3000, 1, 1, 0],
        // E1–E5 all in S1; E1 is a page view with no attempt.
        ['u_ana', '2026-10-12', 5, 5400, 1, 1, 0],
        ['u_ben', '2026-10-12', 2, 2400, 1, 0, 0],
        // S7 started on 10-11, so its hours belong to that day, which is outside the period.
        ['u_dee', '2026-10-12', 1, 0, 1, 0, 0],
      ]),
    );
  });

  it('should regroup events and sessions across a Tokyo midnight', () => {
    const result = run(viewers.admin, { ...period, timezone: 'Asia/Tokyo' });
    expect(result.total).toBe(6);
    expect(result.rows).toEqual(
      rows([
        ['u_ana', '2026-10-14', 0, 1800, 0, 0, 0],
        // S1 runs past midnight: its late events count its session on the 13th too, its hours stay on the 12th.
        ['u_ana', '2026-10-13', 3, 2400, 2, 1, 1],
        ['u_ben', '2026-10-13', 3, 5400, 2, 0, 0],
        ['u_cy', '2026-10-13', 2, 3000, 1, 1, 0],
        ['u_ana', '2026-10-12', 3, 5400, 1, 0, 0],
        // S7 started at 08:45 on the 12th in Tokyo.
        ['u_dee', '2026-10-12', 1, 2100, 1, 0, 0],
      ]),
    );
  });

  it('should include days that only have a session start when the period is open', () => {
    const result = run(viewers.admin, {});
    expect(result.total).toBe(8);
    expect(result.rows.at(-1)).toEqual(rows([['u_dee', '2026-10-11', 0, 2100, 0, 0, 0]])[0]);
  });

  it('should page through the ordered rows and keep the total', () => {
    const result = run(viewers.admin, { ...period, limit: 2, offset: 1 });
    expect(result.total).toBe(7);
    expect(keys(result)).toEqual(['2026-10-13 u_ana', '2026-10-13 u_ben']);
    expect(run(viewers.admin, { ...period, offset: 7 })).toEqual({ total: 7, rows: [] });
  });

  it('should narrow to the learners of a team, a manager or a list', () => {
    expect(keys(run(viewers.admin, { ...period, teamId: 'team_red' }))).toEqual([
      '2026-10-14 u_ana',
      '2026-10-13 u_ana',
      '2026-10-13 u_ben',
      '2026-10-12 u_ana',
      '2026-10-12 u_ben',
    ]);
    expect(keys(run(viewers.managerBlue, period))).toEqual(['2026-10-13 u_cy', '2026-10-12 u_dee']);
    expect(keys(run(viewers.admin, { ...period, userIds: ['u_cy'] }))).toEqual(['2026-10-13 u_cy']);
    expect(keys(run(viewers.ana, period))).toEqual(['2026-10-14 u_ana', '2026-10-13 u_ana', '2026-10-12 u_ana']);
  });

  it('should count only events on the activityIds, keeping session hours', () => {
    const result = run(viewers.admin, { ...period, activityIds: ['act_lesson'] });
    // E5 (ana) and E9, E10 (cy) are on the lesson; page views have no activity.
    expect(result.rows).toEqual(
      rows([
        ['u_ana', '2026-10-14', 0, 1800, 0, 0, 0],
        ['u_ana', '2026-10-13', 0, 2400, 0, 0, 0],
        ['u_ben', '2026-10-13', 0, 3000, 0, 0, 0],
        ['u_cy', '2026-10-13', 2, 3000, 1, 1, 0],
        ['u_ana', '2026-10-12', 1, 5400, 1, 1, 0],
        ['u_ben', '2026-10-12', 0, 2400, 0, 0, 0],
      ]),
    );
  });

  it("should read only the viewer's org", () => {
    expect(run(viewers.adminB, {}).rows).toEqual(rows([['u_zed', '2026-10-13', 1, 900, 1, 0, 0]]));
  });

  it('should return nothing for an empty org or period, still matching the result schema', () => {
    expect(run(viewers.adminEmpty, {})).toEqual({ total: 0, rows: [] });
    expect(run(viewers.admin, { from: '2025-01-01', to: '2025-02-01' })).toEqual({ total: 0, rows: [] });
    expect(run(viewers.admin, { ...period, userIds: ['m_red'] })).toEqual({ total: 0, rows: [] });
  });
});
