import { catalog, type QueryParamsInput, type Viewer } from '@learnlens/data-client';
import { describe, expect, it } from 'vitest';
import { contextFor, viewers } from '../../test-fixtures/learningDataset.js';
import { assignmentProgress } from './assignmentProgress.js';

function run(viewer: Viewer, input: QueryParamsInput<'assignmentProgress'>) {
  const { ctx, params } = contextFor('assignmentProgress', viewer, input);
  return catalog.assignmentProgress.result.parse(assignmentProgress(ctx, params));
}

const october = { from: '2026-10-01', to: '2026-11-01' };
const ids = (result: { rows: { assignmentId: string }[] }) => result.rows.map((r) => r.assignmentId);
const counts = (result: { rows: { assignmentId: string; assigned: number; completed: number; overdue: number }[] }) =>
  result.rows.map((r) => [r.assignmentId, r.assigned, r.completed, r.overdue]);

describe('assignmentProgress', () => {
  it('should count completions, late ones included, and overdue assignees past the due date', () => {
    const result = run(viewers.admin, october);
    expect(result.total).toBe(5);
    // AS1: ana done before the due date, ben after it (late, but complete): nothing overdue.
    // AS3: cy done late, dee never, and the due date has passed: one overdue.
    // AS2: both done, ben late. AS5: ana's lesson never ended, not due yet. AS4: ana's calls started before
    // it was assigned, ben finished early.
    expect(counts(result)).toEqual([
      ['AS1', 2, 2, 0],
      ['AS3', 2, 1, 1],
      ['AS2', 2, 2, 0],
      ['AS5', 1, 0, 0],
      ['AS4', 2, 1, 0],
    ]);
    expect(result.rows[1]).toEqual({
      assignmentId: 'AS3',
      title: 'Lesson pack',
      activityId: 'act_lesson',
      activityName: 'Objections 101',
      teamId: 'team_blue',
      required: true,
      assignedAt: '2026-10-05T00:00:00.000Z',
      dueAt: '2026-10-12T00:00:00.000Z',
      assigned: 2,
      completed: 1,
      completionRate: 0.5,
      overdue: 1,
      isOverdue: true,
    });
    expect(result.rows.map((r) => [r.completionRate, r.isOverdue])).toEqual([
      [1, false],
      [0.5, true],
      [1, false],
      [0, false],
      [0.5, false],
    ]);
  });

  it('should sort by each field either way, ties by assignment id', () => {
    expect(ids(run(viewers.admin, { ...october, sort: '-dueAt' }))).toEqual(['AS4', 'AS5', 'AS2', 'AS3', 'AS1']);
    expect(ids(run(viewers.admin, { ...october, sort: '-completionRate' }))).toEqual(['AS1', 'AS2', 'AS3', 'AS4', 'AS5']);
    expect(ids(run(viewers.admin, { ...october, sort: 'completionRate' }))).toEqual(['AS5', 'AS3', 'AS4', 'AS1', 'AS2']);
    expect(ids(run(viewers.admin, { ...october, sort: '-overdue' }))).toEqual(['AS3', 'AS1', 'AS2', 'AS4', 'AS5']);
    // "Call basics", "Call refresher", "Lesson intro", "Lesson pack", "Quiz week".
    expect(ids(run(viewers.admin, { ...october, sort: 'title' }))).toEqual(['AS1', 'AS4', 'AS5', 'AS3', 'AS2']);
  });

  it('should page after sorting and report the total', () => {
    const result = run(viewers.admin, { ...october, limit: 2, offset: 1 });
    expect(result.total).toBe(5);
    expect(ids(result)).toEqual(['AS3', 'AS2']);
    expect(run(viewers.admin, { ...october, offset: 10 })).toEqual({ total: 5, rows: [] });
  });

  it('should count only assignees in scope or in the filters', () => {
    expect(counts(run(viewers.managerRed, october))).toEqual([
      ['AS1', 2, 2, 0],
      ['AS2', 2, 2, 0],
      ['AS5', 1, 0, 0],
      ['AS4', 2, 1, 0],
    ]);
    expect(counts(run(viewers.managerBlue, october))).toEqual([['AS3', 2, 1, 1]]);
    expect(counts(run(viewers.admin, { ...october, teamId: 'team_blue' }))).toEqual([['AS3', 2, 1, 1]]);
    // AS5 has no assignee left and disappears; AS4 is complete for ben alone.
    const ben = run(viewers.admin, { ...october, userIds: ['u_ben'] });
    expect(counts(ben)).toEqual([
      ['AS1', 1, 1, 0],
      ['AS2', 1, 1, 0],
      ['AS4', 1, 1, 0],
    ]);
    expect(ben.rows[2]!.completionRate).toBe(1);
    expect(counts(run(viewers.ana, october))).toEqual([
      ['AS1', 1, 1, 0],
      ['AS2', 1, 1, 0],
      ['AS5', 1, 0, 0],
      ['AS4', 1, 0, 0],
    ]);
  });

  it('should filter the assigned activity with activityIds', () => {
    expect(ids(run(viewers.admin, { ...october, activityIds: ['act_call'] }))).toEqual(['AS1', 'AS4']);
  });

  it('should select due dates in [from, to) of local days', () => {
    // AS1 is due exactly at from (kept); AS3 exactly at to (dropped).
    expect(ids(run(viewers.admin, { from: '2026-10-10', to: '2026-10-12' }))).toEqual(['AS1']);
    // In New York both shift a day back: AS1 is due on 10-09 at 20:00 (out), AS3 on 10-11 at 20:00 (in).
    expect(ids(run(viewers.admin, { from: '2026-10-10', to: '2026-10-12', timezone: 'America/New_York' }))).toEqual([
      'AS3',
    ]);
    // Without a range, September's AS7 (cy finished it late) is in too.
    const all = run(viewers.admin, {});
    expect(all.total).toBe(6);
    expect(counts(all)[0]).toEqual(['AS7', 1, 1, 0]);
  });

  it("should read only the viewer's org", () => {
    expect(counts(run(viewers.adminB, {}))).toEqual([['ASZ', 1, 1, 0]]);
  });

  it('should return nothing for an empty org or period, still matching the result schema', () => {
    expect(run(viewers.adminEmpty, {})).toEqual({ total: 0, rows: [] });
    expect(run(viewers.admin, { from: '2025-01-01', to: '2025-02-01' })).toEqual({ total: 0, rows: [] });
  });
});
