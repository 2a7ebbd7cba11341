import type { Bucket } from '@learnlens/data-client';
import type { Ctx } from './context.js';

/** The instant local calendar day `dateExpr` (an SQL date) starts in the request's zone. */
export function midnightOf(ctx: Ctx, dateExpr: string): string {
  // A midnight inside a DST gap reads with the offset before the gap: the first instant of that day.
  return `((${dateExpr})::timestamp AT TIME ZONE ${ctx.tz})`;
}

/** Conditions keeping a timestamptz expression within the local calendar days [from, to). */
export function rangeConditions(ctx: Ctx, expr: string, from: string | undefined, to: string | undefined): string[] {
  const out: string[] = [];
  if (from !== undefined) out.push(`${expr} >= ${midnightOf(ctx, ctx.b.date(from))}`);
  if (to !== undefined) out.push(`${expr} < ${midnightOf(ctx, ctx.b.date(to))}`);
  return out;
}

/** The local wall-clock time (timestamp without time zone) of a timestamptz expression. */
export function local(ctx: Ctx, expr: string): string {
  return `(${expr} AT TIME ZONE ${ctx.tz})`;
}

/** The local calendar date of a timestamptz expression. */
export function localDate(ctx: Ctx, expr: string): string {
  return `CAST(${local(ctx, expr)} AS date)`;
}

const TRUNC: Record<Bucket, string> = { day: 'day', week: 'week', month: 'month' };

/** The local date starting the day, ISO week (Monday) or month holding a timestamptz expression. */
export function bucketStart(ctx: Ctx, bucket: Bucket, expr: string): string {
  return `CAST(date_trunc('${TRUNC[bucket]}', ${local(ctx, expr)}) AS date)`;
}

/**
 * `instant − N days` in calendar days of the request's zone, as `now() - interval 'N days'` is with that session
 * time zone: across a DST change the window is an hour longer or shorter than N × 24 hours.
 */
export function minusDays(ctx: Ctx, instant: string, days: number): string {
  return `((${local(ctx, instant)} - make_interval(days => ${Math.trunc(days)})) AT TIME ZONE ${ctx.tz})`;
}

/** An SQL date as "YYYY-MM-DD" text, independent of the session's DateStyle. */
export function dateText(expr: string): string {
  return `to_char(${expr}, 'YYYY-MM-DD')`;
}

/** A timestamptz as an ISO 8601 UTC string with milliseconds, independent of the session's settings. */
export function isoText(expr: string): string {
  return `to_char((${expr}) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
}
