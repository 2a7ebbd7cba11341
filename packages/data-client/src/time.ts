// Calendar days as day numbers (days since 1970-01-01) and the buckets they fall in. Zone arithmetic lives in
// zoneClock.ts and zone names in zoneName.ts; both are re-exported here.

const DAY_MS = 86_400_000;

/** The first year of dates and instants the catalog accepts (see `docs/time-zones.md`). */
export const FIRST_SUPPORTED_YEAR = 1900;
/** The last year of dates and instants the catalog accepts. */
export const LAST_SUPPORTED_YEAR = 2200;

export { canonicalTimeZone, isValidTimeZone } from './zoneName.js';
export { offsetAt, zoneClock, ZoneClock, type OffsetChange, type ZoneOffsets } from './zoneClock.js';

/** Days since 1970-01-01 of an ISO date string "YYYY-MM-DD". */
export function dayNumberOf(isoDate: string): number {
  return Math.floor(Date.parse(`${isoDate}T00:00:00Z`) / DAY_MS);
}

/** The ISO date string "YYYY-MM-DD" of a day number. */
export function isoDateOf(dayNumber: number): string {
  return new Date(dayNumber * DAY_MS).toISOString().slice(0, 10);
}

/** ISO weekday (1 = Monday … 7 = Sunday) of a day number. */
export function isoWeekdayOf(dayNumber: number): number {
  return (((dayNumber + 3) % 7) + 7) % 7 + 1;
}

/**
 * The day number that starts the bucket (`day`, `week` from `weekStart` — 0 = Sunday, 1 = Monday (default) … 6 =
 * Saturday — or `month`) holding `dayNumber`.
 */
export function bucketStartDay(dayNumber: number, bucket: 'day' | 'week' | 'month', weekStart = 1): number {
  if (bucket === 'day') return dayNumber;
  if (bucket === 'week') return dayNumber - ((isoWeekdayOf(dayNumber) - weekStart + 7) % 7);
  const d = new Date(dayNumber * DAY_MS);
  return Math.floor(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1) / DAY_MS);
}

/** The first day of the bucket after the one starting at `startDay`. */
export function nextBucketStartDay(startDay: number, bucket: 'day' | 'week' | 'month'): number {
  if (bucket === 'day') return startDay + 1;
  if (bucket === 'week') return startDay + 7;
  const d = new Date(startDay * DAY_MS);
  return Math.floor(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1) / DAY_MS);
}

/** Whether a local day is counted under a `days` filter: Saturday and Sunday are the weekend. */
export function dayMatches(dayNumber: number, days: 'all' | 'weekdays' | 'weekends'): boolean {
  if (days === 'all') return true;
  return (isoWeekdayOf(dayNumber) >= 6) === (days === 'weekends');
}
