import { contentEventKinds, isoDateOf, sessionDurationBounds, type QueryParams, type QueryResult } from '@learnlens/data-client';
import { timeSlice, type EngineContext } from '../context.js';
import { medianInPlace } from '../stats.js';
import { eventKindCodes } from './eventKinds.js';

const KINDS = contentEventKinds.length;

/**
 * Answers `sessionQuality`: per local day of session start, durations, events per session, seed 001's completion rate
 * from each session's events, and the share of sessions with an error.
 */
export function sessionQuality(ctx: EngineContext, _params: QueryParams<'sessionQuality'>): QueryResult<'sessionQuality'> {
  const { dataset, clock, userMask, activityMask } = ctx;
  const se = dataset.sessions;
  const ev = dataset.events;
  const orgEvents = dataset.ranges.events[ctx.org]!;

  // With activityIds, only sessions with an event on one of those items.
  let touched: Uint8Array | null = null;
  if (activityMask !== null) {
    touched = new Uint8Array(se.length);
    for (let i = orgEvents.start; i < orgEvents.end; i++) {
      const activity = ev.activity[i]!;
      const session = ev.session[i]!;
      if (activity >= 0 && session >= 0 && activityMask[activity] === 1) touched[session] = 1;
    }
  }

  const slice = timeSlice(se.start, dataset.ranges.sessions[ctx.org]!, ctx.fromMs, ctx.toMs);
  // Per selected session (by index): its row in `chosen` + 1.
  const slot = new Int32Array(se.length);
  const chosen: number[] = [];
  for (let i = slice.start; i < slice.end; i++) {
    if (userMask !== null && userMask[se.user[i]!] !== 1) continue;
    if (touched !== null && touched[i] !== 1) continue;
    slot[i] = chosen.length + 1;
    chosen.push(i);
  }
  if (chosen.length === 0) return { days: [] };

  // Every event of a chosen session counts, whenever it happened.
  const kinds = eventKindCodes(dataset);
  const starts = new Int32Array(chosen.length * KINDS);
  const completions = new Int32Array(chosen.length * KINDS);
  const errors = new Uint8Array(chosen.length);
  for (let i = orgEvents.start; i < orgEvents.end; i++) {
    const session = ev.session[i]!;
    if (session < 0 || slot[session] === 0) continue;
    if (userMask !== null && userMask[ev.user[i]!] !== 1) continue;
    const c = slot[session]! - 1;
    const type = ev.type[i]!;
    const s = kinds.startKind[type]!;
    if (s >= 0) starts[c * KINDS + s]!++;
    const k = kinds.completeKind[type]!;
    if (k >= 0) completions[c * KINDS + k]!++;
    if (type === kinds.error) errors[c] = 1;
  }

  const byDay = new Map<number, number[]>();
  chosen.forEach((session, c) => {
    const day = clock.localDay(se.start[session]!);
    const list = byDay.get(day);
    if (list === undefined) byDay.set(day, [c]);
    else list.push(c);
  });

  const days = [...byDay.entries()]
    .sort(([a], [b]) => a - b)
    .map(([day, list]) => {
      const durations = new Float64Array(list.length);
      const buckets = sessionDurationBounds.map(() => 0);
      let seconds = 0;
      let events = 0;
      let rateSum = 0;
      let rated = 0;
      let withErrors = 0;
      list.forEach((c, j) => {
        const session = chosen[c]!;
        const d = se.duration[session]!;
        durations[j] = d;
        seconds += d;
        events += se.totalEvents[session]!;
        let b = -1;
        for (let x = 0; x < sessionDurationBounds.length; x++) if (d >= sessionDurationBounds[x]!) b = x;
        if (b >= 0) buckets[b]!++;
        let done = 0;
        let tried = 0;
        for (let k = 0; k < KINDS; k++) {
          done += completions[c * KINDS + k]!;
          tried += Math.max(starts[c * KINDS + k]!, completions[c * KINDS + k]!);
        }
        if (tried > 0) {
          rateSum += done / tried;
          rated++;
        }
        if (errors[c] === 1) withErrors++;
      });
      return {
        day: isoDateOf(day),
        sessions: list.length,
        avgDurationSeconds: seconds / list.length,
        medianDurationSeconds: medianInPlace(durations, 0, durations.length),
        durationBuckets: buckets,
        avgEventsPerSession: events / list.length,
        completionRate: rated === 0 ? null : rateSum / rated,
        errorShare: withErrors / list.length,
      };
    });
  return { days };
}
