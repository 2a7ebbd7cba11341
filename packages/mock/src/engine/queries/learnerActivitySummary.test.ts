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
    // S5 (ana, 10-14) has no events, so 10-14 has no row at all.
    expect(result.total).toBe(6);
    expect(result.rows).toEqual(
      rows([
        // E8 (assessment_complete) in S3, which started that day (2400 s).
        ['u_ana', '2026-10-13', 1, 2400, 1, 0, 1],
        // E11 in S6 (3000 s).
        ['u_ben', '2026-10-13', 1, 3000, 1, 0, 0],
        // E9 (lesson_complete) and E10 in S4 (3000 s).
        ['u_cy', '2026-10-13', 2, 3000, 1, 1, 0],
        // E1–E5 all in S1 (5400 s); E1 is a page view with no attempt, E5 the lesson completion.
        ['u_ana', '2026-10-12', 5, 5400, 1, 1, 0],
        // E6 and E7 (out of time order in the rows) in S2 (2400 s).
        ['u_ben', '2026-10-12', 2, 2400, 1, 0, 0],
        // E12 in S7, but S7 started on 10-11, so its hours belong to that day, which is outside the period.
        ['u_dee', '2026-10-12', 1, 0, 1, 0, 0],
      ]),
    );
  });

  it('should regroup events and sessions across a Tokyo midnight', () => {
    // In Tokyo the period is [10-11 15:00Z, 10-14 15:00Z); S5 starts 16:50 on the 14th but has no events.
    const result = run(viewers.admin, { ...period, timezone: 'Asia/Tokyo' });
    expect(result.total).toBe(5);
    expect(result.rows).toEqual(
      rows([
        // S1 runs past midnight: its late events E4, E5 count its session on the 13th too, its hours stay on
        // the 12th; E8 in S3 (18:50, 2400 s) adds the assessment.
        ['u_ana', '2026-10-13', 3, 2400, 2, 1, 1],
        // E7, E6 in S2 (00:50, 2400 s) and E11 in S6 (22:50, 3000 s).
        ['u_ben', '2026-10-13', 3, 5400, 2, 0, 0],
        // E9, E10 in S4 (17:50, 3000 s).
        ['u_cy', '2026-10-13', 2, 3000, 1, 1, 0],
        // E1–E3 before midnight, in S1 (23:20, 5400 s).
        ['u_ana', '2026-10-12', 3, 5400, 1, 0, 0],
        // S7 started at 08:45 on the 12th in Tokyo, the day of E12 (09:10).
        ['u_dee', '2026-10-12', 1, 2100, 1, 0, 0],
      ]),
    );
  });

  it('should leave out days that only have a session start', () => {
    // Open period: every event of org A falls on 10-12 or 10-13 (UTC), so only those six learner days show.
    const open = run(viewers.admin, {});
    expect(open.total).toBe(6);
    expect(keys(open)).not.toContain('2026-10-14 u_ana'); // S5, no events
    expect(keys(open)).not.toContain('2026-10-11 u_dee'); // S7 starts here, its event E12 is on 10-12
    // S7's hours are not moved to the day of its event either.
    expect(open.rows.at(-1)).toEqual(rows([['u_dee', '2026-10-12', 1, 0, 1, 0, 0]])[0]);
    // A period with S5 as its only row: no events, no rows.
    expect(run(viewers.admin, { from: '2026-10-14', to: '2026-10-15' })).toEqual({ total: 0, rows: [] });
  });

  it('should page through the ordered rows and keep the total', () => {
    const result = run(viewers.admin, { ...period, limit: 2, offset: 1 });
    expect(result.total).toBe(6);
    expect(keys(result)).toEqual(['2026-10-13 u_ben', '2026-10-13 u_cy']);
    expect(keys(run(viewers.admin, { ...period, offset: 5 }))).toEqual(['2026-10-12 u_dee']);
    expect(run(viewers.admin, { ...period, offset: 6 })).toEqual({ total: 6, rows: [] });
  });

  it('should narrow to the learners of a team, a manager or a list', () => {
    expect(keys(run(viewers.admin, { ...period, teamId: 'team_red' }))).toEqual([
      '2026-10-13 u_ana',
      '2026-10-13 u_ben',
      '2026-10-12 u_ana',
      '2026-10-12 u_ben',
    ]);
    expect(keys(run(viewers.managerBlue, period))).toEqual(['2026-10-13 u_cy', '2026-10-12 u_dee']);
    expect(keys(run(viewers.admin, { ...period, userIds: ['u_cy'] }))).toEqual(['2026-10-13 u_cy']);
    expect(keys(run(viewers.ana, period))).toEqual(['2026-10-13 u_ana', '2026-10-12 u_ana']);
  });

  it('should count only events on the activityIds, keeping the whole session hours of their days', () => {
    const result = run(viewers.admin, { ...period, activityIds: ['act_lesson'] });
    // E5 (ana) and E9, E10 (cy) are on the lesson; page views have no activity. Days whose events are all on
    // other activities drop out; the days left keep all the hours of their sessions (S4, S1).
    expect(result.total).toBe(2);
    expect(result.rows).toEqual(
      rows([
        ['u_cy', '2026-10-13', 2, 3000, 1, 1, 0],
        ['u_ana', '2026-10-12', 1, 5400, 1, 1, 0],
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
