import { eventCohortBandOf, type QueryParams, type QueryResult } from '@learnlens/data-client';
import { timeSlice, type EngineContext } from '../context.js';

/**
 * Answers `eventCohorts`: each learner's ended attempts in [from, to) and their events of one type, the learner in the
 * band their events per attempt reaches; per band the learners, attempts, events and average score.
 */
export function eventCohorts(ctx: EngineContext, params: QueryParams<'eventCohorts'>): QueryResult<'eventCohorts'> {
  const { dataset, userMask, activityMask } = ctx;
  const { eventType, bounds } = params;

  // Events of the type per attempt row (only the org's slice is read).
  const perAttempt = new Map<number, number>();
  const type = dataset.eventTypes.indexOf(eventType);
  if (type >= 0) {
    const ev = dataset.events;
    const range = dataset.ranges.events[ctx.org]!;
    for (let i = range.start; i < range.end; i++) {
      if (ev.type[i] !== type) continue;
      const attempt = ev.attempt[i]!;
      if (attempt >= 0) perAttempt.set(attempt, (perAttempt.get(attempt) ?? 0) + 1);
    }
  }

  interface Learner { attempts: number; events: number; scored: number; sum: number }
  const learners = new Map<number, Learner>();
  const a = dataset.attempts;
  const { start, end } = timeSlice(a.startedAt, dataset.ranges.attempts[ctx.org]!, ctx.fromMs, ctx.toMs);
  for (let i = start; i < end; i++) {
    if (Number.isNaN(a.endedAt[i]!)) continue;
    const u = a.user[i]!;
    if (userMask !== null && userMask[u] !== 1) continue;
    if (activityMask !== null && activityMask[a.activity[i]!] !== 1) continue;
    let l = learners.get(u);
    if (l === undefined) learners.set(u, (l = { attempts: 0, events: 0, scored: 0, sum: 0 }));
    l.attempts++;
    l.events += perAttempt.get(i) ?? 0;
    const score = a.score[i]!;
    if (!Number.isNaN(score)) {
      l.scored++;
      l.sum += score;
    }
  }

  const bands = Array.from({ length: bounds.length + 1 }, () => ({ learners: 0, attempts: 0, events: 0, scored: 0, sum: 0 }));
  for (const l of learners.values()) {
    const b = bands[eventCohortBandOf(l.events, l.attempts, bounds)]!;
    b.learners++;
    b.attempts += l.attempts;
    b.events += l.events;
    b.scored += l.scored;
    b.sum += l.sum;
  }
  return {
    eventType,
    bands: bands.map((b, band) => ({
      band,
      from: band === 0 ? 0 : bounds[band - 1]!,
      to: band < bounds.length ? bounds[band]! : null,
      learners: b.learners,
      attempts: b.attempts,
      events: b.events,
      eventsPerAttempt: b.attempts > 0 ? b.events / b.attempts : null,
      scoredAttempts: b.scored,
      avgScore: b.scored > 0 ? b.sum / b.scored : null,
    })),
  };
}
