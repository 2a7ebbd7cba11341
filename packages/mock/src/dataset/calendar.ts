import { dayNumberOf, isoWeekdayOf, zoneClock, type ZoneClock } from '@learnlens/data-client';

// An org's calendar: the local days that overlap the dataset's UTC window
// [endDate − days, endDate), and the part of each day inside that window.

const DAY_MS = 86_400_000;

/** Local days of one org, with the UTC instants they start at and their share of the window. */
export interface OrgCalendar {
  /** The org's zone, for local days past the window (due dates). */
  clock: ZoneClock;
  /** UTC window [startMs, endMs) every generated instant stays inside. */
  startMs: number;
  endMs: number;
  /** Local day number of day index 0. */
  firstDay: number;
  dayCount: number;
  /** UTC instant of local midnight, per day index (one extra entry: the end of the last day). */
  dayStart: Float64Array;
  /** The part of each local day inside the window, as UTC instants. */
  windowStart: Float64Array;
  windowEnd: Float64Array;
  /** ISO weekday (1 = Monday) per day index. */
  weekday: Uint8Array;
  /** Share of each local day inside the window (1 except at the edges). */
  coverage: Float64Array;
}

/** The calendar of an org in `timeZone` for the `days` days before `endDate` (exclusive, UTC). */
export function orgCalendar(timeZone: string, endDate: string, days: number): OrgCalendar {
  const clock = zoneClock(timeZone);
  const endMs = dayNumberOf(endDate) * DAY_MS;
  const startMs = endMs - days * DAY_MS;
  const firstDay = clock.localDay(startMs);
  const dayCount = days > 0 ? clock.localDay(endMs - 1) - firstDay + 1 : 0;
  const dayStart = new Float64Array(dayCount + 1);
  for (let i = 0; i <= dayCount; i++) dayStart[i] = clock.firstInstantOfDay(firstDay + i);
  const windowStart = new Float64Array(dayCount);
  const windowEnd = new Float64Array(dayCount);
  const weekday = new Uint8Array(dayCount);
  const coverage = new Float64Array(dayCount);
  for (let i = 0; i < dayCount; i++) {
    windowStart[i] = Math.max(dayStart[i]!, startMs);
    windowEnd[i] = Math.min(dayStart[i + 1]!, endMs);
    weekday[i] = isoWeekdayOf(firstDay + i);
    coverage[i] = Math.max(0, windowEnd[i]! - windowStart[i]!) / (dayStart[i + 1]! - dayStart[i]!);
  }
  return { clock, startMs, endMs, firstDay, dayCount, dayStart, windowStart, windowEnd, weekday, coverage };
}

/** Monday-based week number of a local day number (weeks since the epoch). */
export function weekOf(dayNumber: number): number {
  return Math.floor((dayNumber + 3) / 7);
}
