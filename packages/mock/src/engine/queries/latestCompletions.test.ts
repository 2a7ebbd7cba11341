import { describe, expect, it } from 'vitest';
import { learningDataset, learningRows } from '../../test-fixtures/learningDataset.js';
import { latestCompletions } from './latestCompletions.js';

describe('latestCompletions', () => {
  it("should hold each assignee's latest finished start per assigned activity, as the attempt rows give it", () => {
    const dataset = learningDataset;
    const orgs = dataset.orgs.map((o) => o.org_id);
    orgs.forEach((orgId, org) => {
      const table = latestCompletions(dataset, org);
      const assigned = new Set(learningRows.assignments.filter((x) => x.org_id === orgId).map((x) => x.activity_id));
      for (const u of dataset.users.filter((x) => x.org_id === orgId)) {
        for (const activityId of assigned) {
          // Row by row from the rows themselves: the greatest started_at of the user's ended attempts on the activity.
          const ended = learningRows.attempts.filter(
            (a) => a.user_id === u.user_id && a.activity_id === activityId && a.ended_at !== null,
          );
          const expected = ended.length === 0 ? -Infinity : Math.max(...ended.map((a) => Date.parse(a.started_at)));
          const user = dataset.index.user.get(u.user_id)!;
          const activity = dataset.index.activity.get(activityId)!;
          const got = table.latest[table.of[user]! * table.columns + table.column[activity]!];
          expect([u.user_id, activityId, got]).toEqual([u.user_id, activityId, expected]);
        }
      }
    });
  });

  it('should give activities no assignment names no column', () => {
    const table = latestCompletions(learningDataset, 0);
    const assigned = new Set(learningRows.assignments.map((x) => x.activity_id));
    learningDataset.activities.forEach((a, i) => {
      if (!assigned.has(a.activity_id)) expect(table.column[i]).toBe(-1);
    });
  });
});
