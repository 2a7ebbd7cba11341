import { dayNumberOf, zoneClock, type Bucket } from '@learnlens/data-client';
import type { Ctx } from './context.js';
import { zoneOffsets } from './zone.js';

/** The instant local calendar day `isoDate` starts in the request's zone (the first instant after a DST gap). */
export function localMidnight(ctx: Ctx, isoDate: string): string {
  return ctx.b.instant(zoneClock(ctx.timeZone).dayStartUtc(dayNumberOf(isoDate)));
}

/** Conditions keeping `expr` (a TIMESTAMPTZ) in the local calendar days [from, to). */
export function rangeConditions(ctx: Ctx, expr: string, from: string | undefined, to: string | undefined): string[] {
  const out: string[] = [];
  if (from !== undefined) out.push(`${expr} >= ${localMidnight(ctx, from)}`);
  if (to !== undefined) out.push(`${expr} < ${localMidnight(ctx, to)}`);
  return out;
}

// Local time is epoch ms plus the zone's offset, picked by a CASE over the zone's (few) offset changes. ICU's
// timezone() gives the same days but costs about four times the rest of a scan, once per row.
function localMs(ctx: Ctx, expr: string): string {
  if (!ctx.offsets) {
    const zone = zoneOffsets(ctx.timeZone, ctx.span);
    ctx.offsets = {
      initial: ctx.b.int(zone.initial),
      changes: zone.changes.map((c) => ({ at: ctx.b.int(c.atMs), offset: ctx.b.int(c.offsetMs) })),
    };
  }
  const ms = `epoch_ms(${expr})`;
  const { initial, changes } = ctx.offsets;
  if (changes.length === 0) return `(${ms} + ${initial})`;
  const whens = [...changes].reverse().map((c) => `WHEN ${ms} >= ${c.at} THEN ${c.offset}`);
  return `(${ms} + CASE ${whens.join(' ')} ELSE ${initial} END)`;
}

/** The local day number (days since 1970-01-01) of a TIMESTAMPTZ expression in the request's zone. */
export function localDay(ctx: Ctx, expr: string): string {
  return `(${localMs(ctx, expr)} // 86400000)`;
}

/** The local hour (0–23) of a TIMESTAMPTZ expression in the request's zone. */
export function localHour(ctx: Ctx, expr: string): string {
  return `((${localMs(ctx, expr)} % 86400000) // 3600000)`;
}

/** The DATE of a day-number expression. */
export function dayDate(dayExpr: string): string {
  return `(DATE '1970-01-01' + CAST(${dayExpr} AS INTEGER))`;
}

/** The ISO weekday (1 = Monday … 7 = Sunday) of a day-number expression; 1970-01-01 was a Thursday. */
export function isoWeekday(dayExpr: string): string {
  return `((${dayExpr} + 3) % 7 + 1)`;
}

/** The local date (DATE) starting the bucket that holds `expr`; weeks start on Monday. */
export function bucketStart(ctx: Ctx, bucket: Bucket, expr: string): string {
  const day = localDay(ctx, expr);
  if (bucket === 'day') return dayDate(day);
  if (bucket === 'week') return dayDate(`${day} - (${day} + 3) % 7`);
  return `CAST(date_trunc('month', ${dayDate(day)}) AS DATE)`;
}

/** Epoch milliseconds (DOUBLE) of a TIMESTAMPTZ expression, for turning into ISO strings in JS. */
export function epochMs(expr: string): string {
  return `CAST(epoch_ms(${expr}) AS DOUBLE)`;
}

/** ISO 8601 string of epoch milliseconds, or null. */
export function isoOf(ms: unknown): string | null {
  return ms === null || ms === undefined ? null : new Date(Number(ms)).toISOString();
}
