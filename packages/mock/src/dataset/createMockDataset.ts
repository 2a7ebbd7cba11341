import type { Activity, Assignment, AssignmentAssignee, Org, Team, User } from '@learnlens/data-client';
import { orgCalendar, type OrgCalendar } from './calendar.js';
import { emptyAttempts, emptyEvents, emptyMastery, emptySessions, reserve } from './columns.js';
import type { MockDataset, MockDatasetOptions } from './dataset.types.js';
import { resolveDatasetOptions, type ResolvedDatasetOptions } from './datasetOptions.js';
import type { IdColumn } from './rowIds.js';
import { generateActivities, type OrgActivities } from './generateActivities.js';
import { generateAssignments, thinForced, type OrgAssignments } from './generateAssignments.js';
import { simulateLearner } from './generateAttempts.js';
import { eventTypeNames, generatedPayloadTexts } from './generateEvents.js';
import { generateMembers, orgIdentity } from './generateMembers.js';
import { dayWeight, type LearnerProfile } from './learnerProfiles.js';
import { orgKinds, orgTimeZones, type OrgKind } from './orgKinds.js';
import { Random, hashSeed } from './random.js';
import { sortFacts, type FactRanges, type FactTables } from './sortFacts.js';
import { generateTutoring, type TutoringOrg } from './generateTutoring.js';
import { planCohorts, planQuestions, type QuestionTraits } from './tutoringPlan.js';

// Generation runs in three steps: the dimension tables and each org's hidden
// plan (learner traits, assignments), the base practice rate that meets the
// requested volume, then every learner's history into fact tables sorted last.

interface OrgPlan {
  kind: OrgKind;
  calendar: OrgCalendar;
  learners: LearnerProfile[];
  activities: OrgActivities;
  assignments: OrgAssignments;
  /** Tutoring orgs only: what makes questions draw flags, and the staff who generate questions. */
  tutoring: { traits: QuestionTraits; staff: number[] } | null;
}

interface Dimensions {
  orgs: Org[];
  teams: Team[];
  users: User[];
  activities: Activity[];
  assignments: Assignment[];
  assignees: AssignmentAssignee[];
}

// push(...rows) overflows the call stack for very large orgs.
function append<T>(target: T[], rows: readonly T[]): void {
  for (const row of rows) target.push(row);
}

function planOrgs(o: ResolvedDatasetOptions, seedHash: number): { dims: Dimensions; plans: OrgPlan[] } {
  const dims: Dimensions = { orgs: [], teams: [], users: [], activities: [], assignments: [], assignees: [] };
  const plans: OrgPlan[] = [];
  for (let i = 0; i < o.orgs; i++) {
    const orgNumber = i + 1;
    const kind = orgKinds[i % orgKinds.length]!;
    const timezone = orgTimeZones[i % orgTimeZones.length]!;
    const { name, domain } = orgIdentity(kind, i, orgKinds.length);
    const org: Org = { org_id: `org-${orgNumber}`, name, timezone, score_scale: kind.scale };
    const calendar = orgCalendar(timezone, o.endDate, o.days);
    // Separate streams, so that e.g. more learners leave the activities unchanged.
    const members = generateMembers(new Random(seedHash, 1, i), org, orgNumber, kind, domain, calendar, {
      learners: o.learnersPerOrg,
      teamSize: o.teamSize,
      firstUser: dims.users.length,
    });
    const activityRng = new Random(seedHash, 2, i);
    const activities = generateActivities(activityRng, org, orgNumber, kind, o.activitiesPerOrg, dims.activities.length);
    let tutoring: OrgPlan['tutoring'] = null;
    if (kind.scale === 'binary') {
      const traits = planQuestions(new Random(seedHash, 4, i), activities);
      planCohorts(new Random(seedHash, 5, i), members, orgNumber, Number(o.endDate.slice(0, 4)));
      const staff: number[] = [];
      members.users.forEach((u, k) => {
        if (u.role !== 'learner') staff.push(dims.users.length + k);
      });
      tutoring = { traits, staff };
    }
    dims.orgs.push(org);
    append(dims.teams, members.teams);
    append(dims.users, members.users);
    append(dims.activities, activities.rows);
    const assignments = generateAssignments(new Random(seedHash, 3, i), org, orgNumber, kind, calendar, members, activities);
    append(dims.assignments, assignments.assignments);
    append(dims.assignees, assignments.assignees);
    plans.push({ kind, calendar, learners: members.learners, activities, assignments, tutoring });
  }
  return { dims, plans };
}

// Sum of every learner-day's weight per org: attempts expected at a base rate of 1.
function orgWeights(plans: OrgPlan[], seedHash: number): number[] {
  return plans.map((plan, i) => {
    let sum = 0;
    for (const learner of plan.learners) {
      for (let d = learner.startDay; d < learner.endDay; d++) sum += dayWeight(learner, plan.calendar, d, seedHash, i);
    }
    return sum;
  });
}

function emptyFacts(): FactTables {
  return { attempts: emptyAttempts(), sessions: emptySessions(), events: emptyEvents(), mastery: emptyMastery() };
}

// Sessions per attempt at most as generated (0.25 when learners practise a lot each day, up to 0.9 for a few a day).
const SESSIONS_PER_ATTEMPT = 0.9;

// Room for the expected rows up front, so that a million attempts are not copied again and again while growing: each
// growth copies the columns and briefly holds both. Events follow each org's kind (a voice call has ~17, a question
// one) plus a page view per session; the estimate errs a little high (spare room is dropped when the tables are sorted).
function reserveFacts(facts: FactTables, plans: readonly OrgPlan[], expectedAttempts: readonly number[], withEvents: boolean): void {
  const attempts = expectedAttempts.reduce((a, b) => a + b, 0);
  reserve(facts.attempts, Math.ceil(attempts * 1.03) + 16);
  if (!withEvents) return;
  const events = plans.reduce((sum, plan, i) => sum + expectedAttempts[i]! * (plan.kind.eventsPerAttempt + SESSIONS_PER_ATTEMPT), 0);
  reserve(facts.events, Math.ceil(events * 1.03) + 16);
  reserve(facts.sessions, Math.ceil(attempts * SESSIONS_PER_ATTEMPT) + 16);
  reserve(facts.mastery, Math.ceil(attempts * 0.95) + 16);
}

// Keeps only the event types that occur (as datasetFromRows does), renumbering the type column.
function usedEventTypes(facts: FactTables): string[] {
  const used = new Uint8Array(eventTypeNames.length);
  const type = facts.events.type;
  for (let i = 0; i < facts.events.length; i++) used[type[i]!] = 1;
  const names: string[] = [];
  const code = new Uint8Array(eventTypeNames.length);
  eventTypeNames.forEach((name, i) => {
    if (used[i]) code[i] = names.push(name) - 1;
  });
  for (let i = 0; i < facts.events.length; i++) type[i] = code[type[i]!]!;
  return names;
}

function indexBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, number> {
  const map = new Map<string, number>();
  for (let i = 0; i < rows.length; i++) map.set(key(rows[i]!), i);
  return map;
}

/**
 * Generates a seeded, realistic learning-analytics dataset: orgs of three kinds (voice sales training in
 * percent, IELTS writing in bands, tutoring in 0/1), teams, learners who improve at their own pace on
 * weekday and time-of-day rhythms, assignments, sessions, events and mastery deltas. The same options
 * always give identical tables; nothing depends on the clock.
 */
export function createMockDataset(options: MockDatasetOptions): MockDataset {
  const o = resolveDatasetOptions(options);
  const seedHash = hashSeed(o.seed);
  const { dims, plans } = planOrgs(o, seedHash);

  // Assignment attempts are part of the practice volume: none without practice, at most a quarter of a target.
  const assigned = plans.reduce((sum, plan) => sum + plan.assignments.forcedCount, 0);
  let keep = o.attemptsPerLearnerWeek > 0 ? 1 : 0;
  if (o.targetAttempts !== undefined) keep = Math.min(1, o.targetAttempts / 4 / Math.max(1, assigned));
  plans.forEach((plan, i) => thinForced(plan.assignments, keep, seedHash, i));
  const forced = plans.reduce((sum, plan) => sum + plan.assignments.forcedCount, 0);

  const weights = orgWeights(plans, seedHash);
  const weight = weights.reduce((a, b) => a + b, 0);
  let rate = o.attemptsPerLearnerWeek / 7;
  if (o.targetAttempts !== undefined) rate = weight > 0 ? Math.max(0, o.targetAttempts - forced) / weight : 0;

  const raw = emptyFacts();
  const expected = plans.map((plan, i) => rate * weights[i]! + plan.assignments.forcedCount);
  reserveFacts(raw, plans, expected, o.withEvents);
  const ranges: FactRanges = { attempts: [], sessions: [], events: [], mastery: [] };
  const tables = Object.keys(ranges) as (keyof FactTables)[];
  plans.forEach((plan, i) => {
    const starts = tables.map((t) => raw[t].length);
    const { kind, calendar, activities } = plan;
    const sim = { ...raw, seedHash, org: i, kind, calendar, activities, rate, withEvents: o.withEvents };
    for (const learner of plan.learners) simulateLearner(sim, learner, plan.assignments.forced[learner.ordinal]!);
    tables.forEach((t, k) => ranges[t].push({ start: starts[k]!, end: raw[t].length }));
  });
  const facts = sortFacts(raw, ranges);
  facts.events.payloadTexts = generatedPayloadTexts();

  const userIndex = indexBy(dims.users, (r) => r.user_id);
  const tutoringOrgs: TutoringOrg[] = [];
  plans.forEach((plan, i) => {
    if (plan.tutoring === null) return;
    const { calendar, activities, learners } = plan;
    tutoringOrgs.push({ org: i, calendar, activities, learners, ...plan.tutoring });
  });
  const tutorOfTeam = new Map(dims.teams.map((t) => [t.team_id, t.manager_id]));
  const tutoringTables = generateTutoring(tutoringOrgs, plans.length, facts.attempts, ranges.attempts, dims.users, tutorOfTeam, userIndex, seedHash);

  return {
    meta: { seed: o.seed, endDate: o.endDate, days: o.days, source: 'generated' },
    ...dims,
    eventTypes: usedEventTypes(facts),
    ...facts,
    questionFlags: tutoringTables.questionFlags,
    tutoringSessions: tutoringTables.tutoringSessions,
    aiUsage: tutoringTables.aiUsage,
    spacedRepetition: tutoringTables.spacedRepetition,
    ranges: { ...ranges, ...tutoringTables.ranges },
    index: lazyFactIndexes(
      {
        org: indexBy(dims.orgs, (r) => r.org_id),
        user: userIndex,
        team: indexBy(dims.teams, (r) => r.team_id),
        activity: indexBy(dims.activities, (r) => r.activity_id),
      },
      facts,
    ),
  };
}

// The attempt and session id maps (56 MiB at a million attempts) serve lookups no query makes: built on first read.
function idIndex(ids: IdColumn): Map<string, number> {
  const map = new Map<string, number>();
  for (let i = 0; i < ids.length; i++) map.set(ids.at(i)!, i);
  return map;
}

function lazyFactIndexes(
  dims: Omit<MockDataset['index'], 'attempt' | 'session'>,
  facts: FactTables,
): MockDataset['index'] {
  let attempt: Map<string, number> | undefined;
  let session: Map<string, number> | undefined;
  return Object.defineProperties(dims as MockDataset['index'], {
    attempt: { enumerable: true, get: () => (attempt ??= idIndex(facts.attempts.id)) },
    session: { enumerable: true, get: () => (session ??= idIndex(facts.sessions.id)) },
  });
}
