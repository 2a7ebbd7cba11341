import type { Activity } from '@learnlens/data-client';
import type { OrgCalendar } from './calendar.js';
import { reserve } from './columns.js';
import type { AttemptColumns, EventColumns, MasteryColumns, SessionColumns } from './dataset.types.js';
import type { OrgActivities } from './generateActivities.js';
import type { ForcedAttempt } from './generateAssignments.js';
import { addAttemptEvents, addPageView, type AttemptFacts, type EventSink } from './generateEvents.js';
import { dayWeight, sessionSecondOfDay, type LearnerProfile } from './learnerProfiles.js';
import { LearnerMastery } from './mastery.js';
import type { OrgKind } from './orgKinds.js';
import { Random } from './random.js';
import { drawScore, scoreShare, type ScoreDraw } from './scoring.js';

// One learner's history, day by day: whether they practise, how many attempts,
// grouped into sessions at their usual hours, each attempt scored from their
// ability at that point (which grows with practice). Rows go to the org's raw
// tables in generation order; events, sessions and mastery hold raw indexes.

const SECOND = 1000;
const MINUTE = 60 * SECOND;

/** The org being generated and the raw tables its rows go to. */
export interface OrgSimulation {
  seedHash: number;
  org: number;
  kind: OrgKind;
  calendar: OrgCalendar;
  activities: OrgActivities;
  /** Expected attempts per learner-day at a day weight of 1. */
  rate: number;
  withEvents: boolean;
  attempts: AttemptColumns;
  sessions: SessionColumns;
  events: EventColumns;
  mastery: MasteryColumns;
}

const minDuration: Record<Activity['kind'], number> = {
  scenario: 45,
  writing_task: 900,
  lesson: 120,
  assessment: 300,
  question: 8,
};
const wholeSecond = (ms: number) => Math.floor(ms / SECOND) * SECOND;

function sessionStart(rng: Random, p: LearnerProfile, calendar: OrgCalendar, day: number): number {
  const weekend = calendar.weekday[day]! >= 6;
  const from = calendar.windowStart[day]!;
  const to = calendar.windowEnd[day]!;
  for (let tries = 0; tries < 12; tries++) {
    const t = wholeSecond(calendar.dayStart[day]! + sessionSecondOfDay(rng, p, weekend) * SECOND);
    if (t >= from && t < to) return t;
  }
  // Only an edge day of the window gets here: any time inside its part of the day will do.
  return wholeSecond(from + rng.next() * (to - from));
}

// An attempt as events and mastery see it, plus when it would have ended had it not been abandoned.
type PlannedAttempt = AttemptFacts & { plannedEnd: number };

interface LearnerState {
  sim: OrgSimulation;
  p: LearnerProfile;
  rng: Random;
  /** Attempts per unit of progress, see `progress`. */
  tau: number;
  practiced: number;
  draw: ScoreDraw;
}

// How many attempts the learner makes on `day`, besides assigned ones.
function practiceAttempts(rng: Random, sim: OrgSimulation, p: LearnerProfile, day: number): number {
  const expected = sim.rate * dayWeight(p, sim.calendar, day, sim.seedHash, sim.org);
  if (expected <= 0) return 0;
  // A practice day holds a few attempts; how often such days come sets the volume.
  const chance = Math.min(0.9, expected / p.perPracticeDay);
  return rng.chance(chance) ? 1 + rng.poisson(expected / chance - 1) : 0;
}

// Start instants of the day's sessions, in order: usually one, two on some busier days, more when the day is long.
function sessionStarts(rng: Random, sim: OrgSimulation, p: LearnerProfile, day: number, attempts: number): number[] {
  let count = attempts >= 3 && rng.chance(0.3) ? 2 : 1;
  count = Math.min(attempts, Math.max(count, Math.ceil(attempts / sim.kind.maxPerSession)));
  const starts: number[] = [];
  for (let k = 0; k < count; k++) starts.push(sessionStart(rng, p, sim.calendar, day));
  return starts.sort((a, b) => a - b);
}

// Writes one attempt starting at `start` into the raw attempts and describes it in `facts`.
function addAttempt(state: LearnerState, start: number, activity: number, assigned: boolean, facts: PlannedAttempt): void {
  const { sim, p, rng, draw } = state;
  const { attempts, activities, calendar } = sim;
  const scale = sim.kind.scale;
  const kind = activities.rows[activity]!.kind;
  const progress = 1 - Math.exp(-state.practiced / state.tau);
  const seconds = Math.max(
    minDuration[kind],
    Math.round(activities.duration[activity]! * p.speed * rng.spread(0.25) * (1 - 0.15 * progress)),
  );
  const abandoned = rng.chance(0.01) && !assigned;
  const unscored = rng.chance(activities.ungraded[activity]!);
  drawScore(rng, scale, p.skill + p.gain * progress + activities.offset[activity]!, draw);
  const end = start + seconds * SECOND;
  // Attempts that would end after the window are still running at its end.
  const inProgress = abandoned || end >= calendar.endMs;
  const score = inProgress || unscored ? NaN : draw.score;

  if (attempts.length === attempts.startedAt.length) reserve(attempts, attempts.length + 1);
  const row = attempts.length++;
  attempts.user[row] = p.user;
  attempts.activity[row] = activities.global[activity]!;
  attempts.startedAt[row] = start;
  attempts.endedAt[row] = inProgress ? NaN : end;
  attempts.duration[row] = inProgress ? NaN : seconds;
  attempts.score[row] = score;
  attempts.goalBand[row] = scale === 'band' ? p.goalBand : NaN;
  attempts.task1Band[row] = Number.isNaN(score) ? NaN : draw.task1;
  attempts.task2Band[row] = Number.isNaN(score) ? NaN : draw.task2;
  attempts.talkMs[row] = NaN;
  attempts.listenMs[row] = NaN;
  if (kind === 'scenario') {
    // Practice moves the trainee from talking over the customer towards listening.
    const share = Math.min(0.85, Math.max(0.15, p.talkShare - 0.1 * progress + 0.05 * rng.normal()));
    const voiced = seconds * SECOND * rng.range(0.78, 0.93);
    if (!inProgress) {
      attempts.talkMs[row] = Math.round(voiced * share);
      attempts.listenMs[row] = Math.round(voiced * (1 - share));
    }
  }
  state.practiced++;
  facts.row = row;
  facts.activity = attempts.activity[row]!;
  facts.kind = kind;
  facts.start = start;
  facts.end = attempts.endedAt[row]!;
  facts.score = score;
  facts.share = Number.isNaN(score) ? NaN : scoreShare(scale, score);
  facts.progress = progress;
  facts.plannedEnd = end;
}

/** Generates one learner's sessions, attempts, events and mastery deltas into the org's raw tables. */
export function simulateLearner(sim: OrgSimulation, p: LearnerProfile, forced: ForcedAttempt[]): void {
  const { calendar, kind, activities, sessions, mastery } = sim;
  const rng = new Random(sim.seedHash, 31, sim.org, p.ordinal);
  const eventRng = new Random(sim.seedHash, 32, sim.org, p.ordinal);
  // The calls' KPI events have a stream of their own: their number never shifts the page views or anything else.
  const callRng = new Random(sim.seedHash, 33, sim.org, p.ordinal);
  // Progress is counted in attempts, but paced in weeks so curves look alike at any volume.
  const tau = p.tauWeeks * Math.max(0.5, sim.rate * 7 * p.engagement);
  const state: LearnerState = { sim, p, rng, tau, practiced: 0, draw: { score: NaN, task1: NaN, task2: NaN } };
  const learned = new LearnerMastery(activities.rows.length, kind.scale, p.user);
  const sink: EventSink = { events: sim.events, user: p.user, session: -1, count: 0 };
  // One object reused for every attempt: a million short-lived ones would only feed the garbage collector.
  const facts: PlannedAttempt = {
    row: 0,
    activity: 0,
    kind: 'scenario',
    start: 0,
    end: 0,
    plannedEnd: 0,
    score: 0,
    share: NaN,
    progress: 0,
    fillerRate: p.fillerRate,
  };
  const assignedToday: number[] = [];
  let nextForced = 0;
  let cursor = -Infinity;

  for (let day = p.startDay; day < p.endDay; day++) {
    // Most days have no assigned work: setting an array's length is a runtime call, worth skipping 6 million times.
    if (assignedToday.length > 0) assignedToday.length = 0;
    while (nextForced < forced.length && forced[nextForced]!.day === day) assignedToday.push(forced[nextForced++]!.activity);
    const total = practiceAttempts(rng, sim, p, day) + assignedToday.length;
    if (total === 0) continue;
    const starts = sessionStarts(rng, sim, p, day, total);

    let made = 0;
    for (let k = 0; k < starts.length; k++) {
      const size = Math.floor(((k + 1) * total) / starts.length) - Math.floor((k * total) / starts.length);
      let opened = Math.max(starts[k]!, wholeSecond(cursor + rng.range(15, 90) * MINUTE));
      // On a day with more practice than hours (only at benchmark volumes) sessions overlap rather than
      // pushing every later day further back.
      if (opened >= calendar.windowEnd[day]!) opened = starts[k]!;
      if (opened >= calendar.endMs - MINUTE) break;
      let session = -1;
      if (sim.withEvents) {
        if (sessions.length === sessions.start.length) reserve(sessions, sessions.length + 1);
        session = sessions.length++;
        sessions.user[session] = p.user;
        sessions.start[session] = opened;
        sink.session = session;
        sink.count = 0;
        addPageView(eventRng, sink, opened, kind.pages);
      }
      let closed = opened;
      let t = opened + Math.floor(rng.range(5, 60)) * SECOND;
      for (let j = 0; j < size && t < calendar.endMs; j++, made++) {
        // Assigned work comes first on the day it is done.
        const assigned = made < assignedToday.length;
        const activity = assigned ? assignedToday[made]! : rng.weighted(activities.popularity);
        addAttempt(state, t, activity, assigned, facts);
        closed = Math.max(closed, Number.isNaN(facts.end) ? t : facts.end);
        if (sim.withEvents) {
          addAttemptEvents(callRng, sink, facts);
          if (!Number.isNaN(facts.score)) learned.record(mastery, activity, facts.activity, facts.score, session, facts.end);
        }
        // The next attempt waits for this one's planned end, even when it was abandoned.
        t = facts.plannedEnd + Math.floor(rng.range(20, 150)) * SECOND;
      }
      if (session >= 0) {
        sessions.end[session] = closed;
        sessions.duration[session] = (closed - opened) / SECOND;
        sessions.totalEvents[session] = sink.count;
      }
      cursor = Math.max(cursor, closed);
    }
  }
}
