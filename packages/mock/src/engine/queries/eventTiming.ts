import { callTenthOf, EVENT_TIMING_PARTS, type QueryParams, type QueryResult } from '@learnlens/data-client';
import { compareText } from '../compare.js';
import type { EngineContext } from '../context.js';

/**
 * Answers `eventTiming`: the requested types' events by tenth of their attempt's duration (offset from the attempt's
 * start over duration_seconds), for attempts started in [from, to) with a positive duration.
 */
export function eventTiming(ctx: EngineContext, params: QueryParams<'eventTiming'>): QueryResult<'eventTiming'> {
  const { dataset, userMask, activityMask, fromMs, toMs } = ctx;
  const wanted = new Set(params.eventTypes);
  // Per dataset event type index: its slot among the requested types that occur, or -1.
  const slotOf = dataset.eventTypes.map(() => -1);
  const names: string[] = [];
  dataset.eventTypes.forEach((name, t) => {
    if (wanted.has(name)) slotOf[t] = names.push(name) - 1;
  });
  const counts = names.map(() => new Array<number>(EVENT_TIMING_PARTS).fill(0));
  const attempts = names.map(() => new Set<number>());

  const ev = dataset.events;
  const a = dataset.attempts;
  const range = dataset.ranges.events[ctx.org]!;
  for (let i = range.start; i < range.end; i++) {
    const slot = slotOf[ev.type[i]!]!;
    if (slot < 0) continue;
    const attempt = ev.attempt[i]!;
    if (attempt < 0) continue;
    const started = a.startedAt[attempt]!;
    if (!(started >= fromMs && started < toMs)) continue;
    if (userMask !== null && userMask[a.user[attempt]!] !== 1) continue;
    if (activityMask !== null && activityMask[a.activity[attempt]!] !== 1) continue;
    const tenth = callTenthOf(ev.occurredAt[i]! - started, a.duration[attempt]!);
    if (tenth === null) continue;
    counts[slot]![tenth]!++;
    attempts[slot]!.add(attempt);
  }

  const rows: QueryResult<'eventTiming'>['rows'] = [];
  names.forEach((eventType, slot) => {
    const c = counts[slot]!;
    const events = c.reduce((x, y) => x + y, 0);
    if (events > 0) rows.push({ eventType, events, attempts: attempts[slot]!.size, counts: c, shares: c.map((n) => n / events) });
  });
  rows.sort((x, y) => compareText(x.eventType, y.eventType));
  return { rows };
}
