import { addDaysIso, todayIn } from './buckets.js';

/** A date range of whole days: `from` inclusive, `to` exclusive, ISO dates. */
export interface DateRange {
  /** First day included. */
  from: string;
  /** First day excluded. */
  to: string;
}

/** How many days a chart shows when the host gives no range: 26 weeks. */
export const DEFAULT_RANGE_DAYS = 26 * 7;

/** The browser's IANA time zone (the viewer's), or UTC where the runtime does not say. */
export function viewerTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/**
 * The range a chart shows: the given ends, or the `defaultDays` days up to and including today in `timeZone`
 * (today taken from `now`, so stories and tests are reproducible).
 */
export function resolveRange(
  range: { from?: string | undefined; to?: string | undefined },
  timeZone: string,
  now: string | undefined,
  defaultDays: number,
): DateRange {
  const nowMs = now === undefined ? Date.now() : Date.parse(now);
  const to = range.to ?? addDaysIso(todayIn(timeZone, nowMs), 1);
  const from = range.from ?? addDaysIso(to, -defaultDays);
  return { from, to };
}

/** The range in words for the viewer's locale, e.g. "May 1, 2026 – May 31, 2026" (the last day shown, not `to`). */
export function describeRange(range: DateRange, format: { date: (value: string) => string }): string {
  return `${format.date(range.from)} – ${format.date(addDaysIso(range.to, -1))}`;
}
