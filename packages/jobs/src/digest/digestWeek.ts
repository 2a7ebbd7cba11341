import { bucketStartDay, dayNumberOf, isoDateOf, zoneClock } from '@learnlens/data-client';

/** One digest week in a time zone: Monday to the next Monday (exclusive), as local days and as instants. */
export interface DigestWeek {
  /** Monday, "YYYY-MM-DD". */
  from: string;
  /** The next Monday, exclusive. */
  to: string;
  timezone: string;
  /** The first instant after the week (ISO), the `now` every number is computed at. */
  endsAt: string;
}

/** The week (from Monday, as the leaderboard counts weeks) holding calendar day `day` in `timezone`. */
export function digestWeek(day: string, timezone: string): DigestWeek {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || isoDateOf(dayNumberOf(day)) !== day) {
    throw new RangeError(`week must be a calendar day "YYYY-MM-DD", not "${day}"`);
  }
  const monday = bucketStartDay(dayNumberOf(day), 'week');
  const end = zoneClock(timezone).dayStartUtc(monday + 7);
  return { from: isoDateOf(monday), to: isoDateOf(monday + 7), timezone, endsAt: new Date(end).toISOString() };
}
