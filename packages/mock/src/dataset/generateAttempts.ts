import type { Activity } from '@learnlens/data-client';
import type { OrgCalendar } from './calendar.js';
import { reserve } from './columns.js';
import type { AttemptColumns, EventColumns, MasteryColumns, SessionColumns } from './dataset.types.js';
import type { OrgActivities } from './generateActivities.js';
import type { ForcedAttempt } from './generateAssignments.js';
import { addAttemptEvents, addPageView, type EventSink } from './generateEvents.js';
import { dayWeight, sessionSecondOfDay, type LearnerProfile } from './learnerProfiles.js';
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

const minDuration: Record<Activity['kind'], number> = { scenario: 45, writing_task: 900, lesson: 120, assessment: 300, question: 8 };
const round4 = (v: number) => Math.round(v * 10_000) / 10_000;
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

/** Generates one learner's sessions, attempts, events and mastery deltas into the org's raw tables. */
export function simulateLearner(sim: OrgSimulation, p: LearnerProfile, forced: ForcedAttempt[]): void {
  const { calendar, kind, activities, attempts, sessions, mastery } = sim;
  const rng = new Random(sim.seedHash, 31, sim.org, p.ordinal);
  const eventRng = new Random(sim.seedHash, 32, sim.org, p.ordinal);
  const scale = kind.scale;
  const masteryOf = new Float64Array(activities.rows.length);
  const evidenceOf = new Int32Array(activities.rows.length);
  // Progress is counted in attempts, but paced in weeks so curves look alike at any volume.
  const tau = p.tauWeeks * Math.max(0.5, sim.rate * 7 * p.engagement);
  const draw: ScoreDraw = { score: NaN, task1: NaN, task2: NaN };
  const sink: EventSink = { events: sim.events, user: p.user, session: -1, count: 0 };
  const eventAttempt = { row: 0, activity: 0, kind: 'scenario' as Activity['kind'], start: 0, end: 0, score: 0, progress: 0, fillerRate: p.fillerRate };
  const todayForced: number[] = [];
  let practiced = 0;
  let nextForced = 0;
  let cursor = -Infinity;

  for (let day = p.startDay; day < p.endDay; day++) {
    todayForced.length = 0;
    while (nextForced < forced.length && forced[nextForced]!.day === day) todayForced.push(forced[nextForced++]!.activity);
    const expected = sim.rate * dayWeight(p, calendar, day, sim.seedHash, sim.org);
    let organic = 0;
    if (expected > 0) {
      // A practice day holds a few attempts; how often such days come sets the volume.
      const chance = Math.min(0.9, expected / p.perPracticeDay);
      if (rng.chance(chance)) organic = 1 + rng.poisson(expected / chance - 1);
    }
    const total = organic + todayForced.length;
    if (total === 0) continue;

    let sessionCount = total >= 3 && rng.chance(0.3) ? 2 : 1;
    sessionCount = Math.min(total, Math.max(sessionCount, Math.ceil(total / kind.maxPerSession)));
    const starts: number[] = [];
    for (let k = 0; k < sessionCount; k++) starts.push(sessionStart(rng, p, calendar, day));
    starts.sort((a, b) => a - b);

    let made = 0;
    for (let k = 0; k < sessionCount; k++) {
      const size = Math.floor(((k + 1) * total) / sessionCount) - Math.floor((k * total) / sessionCount);
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
        const isForced = made < todayForced.length;
        const activity = isForced ? todayForced[made]! : rng.weighted(activities.popularity);
        const activityKind = activities.rows[activity]!.kind;
        const progress = 1 - Math.exp(-practiced / tau);
        const seconds = Math.max(
          minDuration[activityKind],
          Math.round(activities.duration[activity]! * p.speed * rng.spread(0.25) * (1 - 0.15 * progress)),
        );
        const abandoned = rng.chance(0.01) && !isForced;
        const unscored = rng.chance(0.055);
        drawScore(rng, scale, p.skill + p.gain * progress + activities.offset[activity]!, draw);
        const end = t + seconds * SECOND;
        const inProgress = abandoned || end >= calendar.endMs;
        const score = inProgress || unscored ? NaN : draw.score;

        if (attempts.length === attempts.startedAt.length) reserve(attempts, attempts.length + 1);
        const row = attempts.length++;
        attempts.user[row] = p.user;
        attempts.activity[row] = activities.global[activity]!;
        attempts.startedAt[row] = t;
        attempts.endedAt[row] = inProgress ? NaN : end;
        attempts.duration[row] = inProgress ? NaN : seconds;
        attempts.score[row] = score;
        attempts.goalBand[row] = scale === 'band' ? p.goalBand : NaN;
        attempts.task1Band[row] = Number.isNaN(score) ? NaN : draw.task1;
        attempts.task2Band[row] = Number.isNaN(score) ? NaN : draw.task2;
        attempts.talkMs[row] = NaN;
        attempts.listenMs[row] = NaN;
        if (activityKind === 'scenario') {
          // Practice moves the trainee from talking over the customer towards listening.
          const share = Math.min(0.85, Math.max(0.15, p.talkShare - 0.1 * progress + 0.05 * rng.normal()));
          const voiced = seconds * SECOND * rng.range(0.78, 0.93);
          if (!inProgress) {
            attempts.talkMs[row] = Math.round(voiced * share);
            attempts.listenMs[row] = Math.round(voiced * (1 - share));
          }
        }
        practiced++;
        closed = Math.max(closed, inProgress ? t : end);

        if (sim.withEvents) {
          eventAttempt.row = row;
          eventAttempt.activity = attempts.activity[row]!;
          eventAttempt.kind = activityKind;
          eventAttempt.start = t;
          eventAttempt.end = attempts.endedAt[row]!;
          eventAttempt.score = score;
          eventAttempt.progress = progress;
          addAttemptEvents(eventRng, sink, eventAttempt);
          if (!Number.isNaN(score)) {
            const evidence = evidenceOf[activity]!;
            const previous = evidence === 0 ? 0 : masteryOf[activity]!;
            // A running estimate that moves fast on little evidence and settles as evidence builds up.
            const step = Math.max(scale === 'binary' ? 0.15 : 0.2, 1.5 / (evidence + 2));
            const current = round4(Math.min(1, Math.max(0, previous + step * (scoreShare(scale, score) - previous))));
            masteryOf[activity] = current;
            evidenceOf[activity] = evidence + 1;
            if (mastery.length === mastery.occurredAt.length) reserve(mastery, mastery.length + 1);
            const m = mastery.length++;
            mastery.user[m] = p.user;
            mastery.content[m] = activities.global[activity]!;
            mastery.previous[m] = previous;
            mastery.current[m] = current;
            mastery.delta[m] = round4(current - previous);
            mastery.confidence[m] = round4(1 - 1 / (1 + 0.3 * (evidence + 1)));
            mastery.evidence[m] = evidence + 1;
            mastery.session[m] = session;
            mastery.occurredAt[m] = end;
          }
        }
        t = end + Math.floor(rng.range(20, 150)) * SECOND;
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
