// Seed 002's KPI events (`fact_kpi_events.event_type`) and the rules eventTiming and eventCohorts share, so every
// backend places an event in the same tenth of its call and a learner in the same band.

/** The KPI event types seed 002 lists, in its order. */
export const kpiEventTypes = [
  'filler_word',
  'interruption',
  'question_asked',
  'objection_raised',
  'keyword_mentioned',
  'long_pause',
] as const;

/** How many equal parts of a call `eventTiming` splits it into (tenths). */
export const EVENT_TIMING_PARTS = 10;

/**
 * The tenth (0–9) of a call an event `offsetMs` after the call started falls in, for a call of `durationSeconds`:
 * floor(10 × offset / duration), with an event exactly at the end in the last tenth; null outside [0, duration] or
 * for a call without a positive duration.
 */
export function callTenthOf(offsetMs: number, durationSeconds: number): number | null {
  if (!(durationSeconds > 0) || !(offsetMs >= 0)) return null;
  const durationMs = durationSeconds * 1000;
  if (offsetMs > durationMs) return null;
  return Math.min(EVENT_TIMING_PARTS - 1, Math.floor((offsetMs * EVENT_TIMING_PARTS) / durationMs));
}

/** `eventCohorts`' default band bounds: fewer than 3 events per attempt, 3 up to 8, 8 or more (seed 002 "<3 vs >7"). */
export const defaultEventCohortBounds = [3, 8] as const;

/** The band (0 … bounds.length) of a learner with `events` over `attempts`: how many bounds events / attempts reaches. */
export function eventCohortBandOf(events: number, attempts: number, bounds: readonly number[]): number {
  const rate = events / attempts;
  let band = 0;
  for (const b of bounds) if (rate >= b) band++;
  return band;
}
