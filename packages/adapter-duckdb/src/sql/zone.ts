import { zoneClock, type ZoneOffsets } from '@learnlens/data-client';

const DAY_MS = 86_400_000;

/** The instants a dataset's local-time conversions can touch, in epoch ms. */
export interface TimeSpan {
  fromMs: number;
  toMs: number;
}

export type { ZoneOffsets };

/**
 * The offset changes of `timeZone` over `span` (with a day's margin), from the data client's ZoneClock (which keeps
 * each year's changes, so this costs a walk over a few entries a year).
 */
export function zoneOffsets(timeZone: string, span: TimeSpan): ZoneOffsets {
  return zoneClock(timeZone).offsets(span.fromMs - DAY_MS, span.toMs + DAY_MS);
}
