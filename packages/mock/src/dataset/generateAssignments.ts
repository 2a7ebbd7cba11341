import type { Assignment, AssignmentAssignee, Org } from '@learnlens/data-client';
import type { OrgCalendar } from './calendar.js';
import type { OrgActivities } from './generateActivities.js';
import type { OrgMembers } from './generateMembers.js';
import type { OrgKind } from './orgKinds.js';
import { hashUnit, type Random } from './random.js';

// A few assignments per team over the window, the last one still open. Most
// assignees attempt the activity after it was assigned, some late, some never,
// so completion rates differ and some assignments end up overdue.

const HOUR_MS = 3_600_000;

/** An attempt an assignee will make: on day index `day`, at the org's activity `activity`. */
export interface ForcedAttempt {
  day: number;
  activity: number;
}

/** One org's assignments, their assignees, and the attempts assignees make on them (per learner ordinal). */
export interface OrgAssignments {
  assignments: Assignment[];
  assignees: AssignmentAssignee[];
  forced: ForcedAttempt[][];
  forcedCount: number;
}

const iso = (ms: number) => new Date(Math.floor(ms / 1000) * 1000).toISOString();

// The activities learners practise least: assigning them makes completion mostly the assignment's doing.
function assignable(activities: OrgActivities): number[] {
  const weights = [...activities.popularity].map((c, i) => [c - (i ? activities.popularity[i - 1]! : 0), i] as const);
  weights.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  return weights.slice(0, Math.max(1, Math.ceil(weights.length / 2))).map(([, i]) => i);
}

/** Generates the assignments of every team of one org. */
export function generateAssignments(
  rng: Random,
  org: Org,
  orgNumber: number,
  kind: OrgKind,
  calendar: OrgCalendar,
  members: OrgMembers,
  activities: OrgActivities,
): OrgAssignments {
  const { learners, learnerUsers } = members;
  const out: OrgAssignments = { assignments: [], assignees: [], forced: learners.map(() => []), forcedCount: 0 };
  const days = calendar.dayCount;
  if (days === 0 || activities.rows.length === 0) return out;
  const candidates = assignable(activities);
  const localMs = (day: number, hours: number) => calendar.clock.dayStartUtc(calendar.firstDay + day) + hours * HOUR_MS;

  // Each team's learners in ordinal order, grouped in one pass (a filter per team is quadratic in a large org).
  const byTeam = new Map<string | null, typeof learners>();
  learners.forEach((learner, j) => {
    const team = learnerUsers[j]!.team_id;
    const list = byTeam.get(team);
    if (list === undefined) byTeam.set(team, [learner]);
    else list.push(learner);
  });
  for (const team of members.teams) {
    const assignees = byTeam.get(team.team_id) ?? [];
    const count = days >= 21 ? 3 + rng.int(3) : 1 + rng.int(2);
    let previous = -1;
    for (let k = 0; k < count; k++) {
      const open = k === count - 1;
      // Earlier ones are spread over the window and due inside it; the last is recent and due after it ends.
      const assignDay = open
        ? Math.max(0, days - 3 - rng.int(5))
        : Math.floor(((k + rng.range(0.1, 0.9)) / (count - 1)) * Math.max(1, days - 21));
      const length = open ? rng.pick([7, 14]) : rng.pick([7, 10, 14]);
      let activity = rng.pick(candidates);
      if (activity === previous && candidates.length > 1) {
        activity = candidates[(candidates.indexOf(activity) + 1) % candidates.length]!;
      }
      previous = activity;
      const required = rng.chance(0.65);
      const assignedMs = Math.min(calendar.endMs - HOUR_MS, Math.max(calendar.startMs, localMs(assignDay, rng.range(8.5, 11))));
      const assignment: Assignment = {
        assignment_id: `asg-${orgNumber}-${String(out.assignments.length + 1).padStart(3, '0')}`,
        org_id: org.org_id,
        team_id: team.team_id,
        activity_id: activities.rows[activity]!.activity_id,
        title: `${kind.assignmentPrefix}: ${activities.rows[activity]!.title}`,
        assigned_by: team.manager_id,
        assigned_at: iso(assignedMs),
        due_at: iso(localMs(assignDay + length, 17)),
        required,
      };
      out.assignments.push(assignment);
      const compliance = rng.range(0.35, 0.95) * (required ? 1 : 0.65);
      for (const learner of assignees) {
        const user_id = learnerUsers[learner.ordinal]!.user_id;
        out.assignees.push({ assignment_id: assignment.assignment_id, org_id: org.org_id, user_id });
        const p = Math.min(0.97, compliance * (0.55 + 0.45 * Math.min(1.5, learner.engagement)));
        const completes = rng.chance(p);
        const delay = -Math.log(1 - rng.next()) * length * 0.45;
        const day = assignDay + 1 + Math.floor(delay);
        if (completes && day >= learner.startDay && day < learner.endDay && day < days) {
          out.forced[learner.ordinal]!.push({ day, activity });
          out.forcedCount++;
        }
      }
    }
  }
  for (const list of out.forced) list.sort((a, b) => a.day - b.day);
  return out;
}

/** Keeps each assignee's attempt with probability `keep` (deterministically), for datasets too small to hold them all. */
export function thinForced(assignments: OrgAssignments, keep: number, seedHash: number, org: number): void {
  if (keep >= 1) return;
  assignments.forcedCount = 0;
  assignments.forced = assignments.forced.map((list, learner) => {
    const kept = list.filter((_, k) => hashUnit(seedHash, 41, org, learner, k) < keep);
    assignments.forcedCount += kept.length;
    return kept;
  });
}
