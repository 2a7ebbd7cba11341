import { isoDateOf, type Bucket } from '@learnlens/data-client';
import type { Ctx } from './context.js';
import { offsetSql } from './zone.js';

/**
 * Local wall-clock seconds since 1970 (Int64) of a DateTime expression in the request's zone. `bounded`: the rows are
 * already limited to the request's [from, to), so only those years' offsets are needed.
 */
export function localSeconds(ctx: Ctx, expr: string, bounded = true): string {
  const offset = bounded ? offsetSql(ctx.timeZone, expr, ctx.fromMs, ctx.toMs) : offsetSql(ctx.timeZone, expr, undefined, undefined);
  return `(toInt64(toUInt32(${expr})) + ${offset})`;
}

/** The local day number (days since 1970-01-01) of a local-seconds expression. */
export function dayOf(local: string): string {
  return `intDiv(${local}, 86400)`;
}

/** The local hour (0–23) of a local-seconds expression. */
export function hourOf(local: string): string {
  return `intDiv(${local} % 86400, 3600)`;
}

/** The ISO weekday (1 = Monday … 7 = Sunday) of a day-number expression; 1970-01-01 was a Thursday. */
export function weekdayOf(day: string): string {
  return `((${day} + 3) % 7 + 1)`;
}

/**
 * The day number starting the bucket that holds a day-number expression (weeks from `weekStart`: 0 = Sunday, 1 =
 * Monday (default) … 6 = Saturday). Calendar arithmetic happens on day numbers or in UTC, never in the server's own
 * zone. A compound `day` is written once and aliased (the analyser of 18.16 pays for every copy of the zone's offset
 * table), so it must not carry an alias itself.
 */
export function bucketDayOf(bucket: Bucket, day: string, weekStart = 1): string {
  if (bucket === 'day') return day;
  if (bucket === 'week') {
    const [first, again] = /^\w+$/.test(day) ? [day, day] : [`(${day} AS bucket_day_number)`, 'bucket_day_number'];
    // 1970-01-01 was a Thursday (getDay 4): (day + 4 − weekStart) mod 7 days since the week's first day.
    return `(${first} - (${again} + ${(11 - Math.trunc(weekStart)) % 7}) % 7)`;
  }
  return `toInt64(toUInt16(toStartOfMonth(toDateTime(${day} * 86400), 'UTC')))`;
}

/** The ISO date of a day number a statement returned. */
export function dateOf(day: unknown): string {
  return isoDateOf(Number(day));
}

/** Epoch seconds (UInt32) of a DateTime expression, for turning into ISO strings in JS. */
export function epochSeconds(expr: string): string {
  return `toUInt32(${expr})`;
}

/** ISO 8601 string of epoch seconds a statement returned, or null. */
export function isoOf(seconds: unknown): string | null {
  return seconds === null || seconds === undefined ? null : new Date(Number(seconds) * 1000).toISOString();
}
