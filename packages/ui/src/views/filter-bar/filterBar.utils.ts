import { dayNumberOf, FIRST_SUPPORTED_YEAR, isoDateOf, LAST_SUPPORTED_YEAR, zoneClock } from '@learnlens/data-client';
import { format, isValid, parse, type Locale } from 'date-fns';
import type { MessageKey } from '../../i18n/messages.js';
import type { RecentAttemptsFilters } from '../../widgets/recent-attempts/index.js';
import type { DayParams, DayRange, DueWindow, RangePreset, TrendParams, ViewFilters, ViewParams } from './filterBar.types.js';

/** The ISO date `days` days after `isoDate` (negative goes back). */
export function addDays(isoDate: string, days: number): string {
  return isoDateOf(dayNumberOf(isoDate) + days);
}

/** Today's ISO date in `timeZone` at the instant `now`. */
export function todayOf(now: string, timeZone: string): string {
  return isoDateOf(zoneClock(timeZone).localDay(Date.parse(now)));
}

/** The browser's IANA time zone, or UTC where the runtime does not say. */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

const presetDays: Record<Exclude<RangePreset, 'monthToDate'>, number> = { last7Days: 7, last30Days: 30, last90Days: 90 };

/** The catalog key of each preset's words. */
export const presetLabels: Record<RangePreset, MessageKey> = {
  last7Days: 'filters.last7Days',
  last30Days: 'filters.last30Days',
  last90Days: 'filters.last90Days',
  monthToDate: 'filters.monthToDate',
};

/** The range of a preset: the last N days up to and including `today`, or the month so far. */
export function presetRange(preset: RangePreset, today: string): DayRange {
  const to = addDays(today, 1);
  if (preset === 'monthToDate') return { from: `${today.slice(0, 8)}01`, to };
  return { from: addDays(to, -presetDays[preset]), to };
}

/** The preset whose range is exactly `range` as of `today`, or null for a custom range. */
export function presetOf(range: DayRange, today: string, presets: readonly RangePreset[]): RangePreset | null {
  return presets.find((p) => {
    const r = presetRange(p, today);
    return r.from === range.from && r.to === range.to;
  }) ?? null;
}

/** Complete filters from a partial value: dates from the preset, no team, activity or day. */
export function initialFilters(partial: Partial<ViewFilters> | undefined, preset: RangePreset, today: string): ViewFilters {
  return { ...presetRange(preset, today), teamId: null, activityId: null, day: null, ...partial };
}

/** The range the widgets show: the cross-filter day when one is picked, else the filter range. */
export function effectiveRange(filters: ViewFilters): DayRange {
  return filters.day ? { from: filters.day, to: addDays(filters.day, 1) } : { from: filters.from, to: filters.to };
}

/** Shared catalog parameters for a range. Only filters that are set become parameters, so cache keys stay small. */
export function paramsFor(
  range: DayRange,
  filters: ViewFilters,
  context: { timezone: string; now: string | undefined; ignoreTeam?: boolean },
): ViewParams {
  return {
    from: range.from,
    to: range.to,
    timezone: context.timezone,
    ...(context.now ? { now: context.now } : {}),
    ...(filters.teamId && !context.ignoreTeam ? { teamId: filters.teamId } : {}),
    ...(filters.activityId ? { activityIds: [filters.activityId] } : {}),
  };
}

/** `params` with the view's days filter (left out when "all", so cache keys stay as before). */
export function withDays(params: ViewParams, filters: ViewFilters): DayParams {
  return filters.days && filters.days !== 'all' ? { ...params, days: filters.days } : params;
}

/** `params` with the days filter and the first day of week buckets. */
export function withWeeks(params: ViewParams, filters: ViewFilters, weekStart: number): TrendParams {
  return { ...withDays(params, filters), weekStart };
}

/** The catalog key of each days choice's words, in the order offered. */
export const daysLabels = { all: 'filters.allDays', weekdays: 'filters.weekdays', weekends: 'filters.weekends' } as const satisfies Record<string, MessageKey>;

/**
 * The due dates assignment widgets show. A picked day shows what was due that day; a range that reaches
 * today also shows everything due later, since upcoming work is what assignments are tracked for; a range
 * wholly in the past shows what was due in it.
 */
export function dueWindow(filters: ViewFilters, today: string): DueWindow {
  if (filters.day) return { from: filters.day, to: addDays(filters.day, 1) };
  return filters.to > today ? { from: filters.from } : { from: filters.from, to: filters.to };
}

/**
 * New filters after a date input changed, and drops the day cross-filter; or null when From would fall after
 * To, which the filter bar refuses with a message instead of giving every widget a silent empty state.
 */
export function withRange(filters: ViewFilters, change: { from?: string; lastDay?: string }): ViewFilters | null {
  const shown = effectiveRange(filters);
  const from = change.from ?? shown.from;
  const to = change.lastDay !== undefined ? addDays(change.lastDay, 1) : shown.to;
  if (from >= to) return null;
  return { ...filters, from, to, day: null };
}

/**
 * New view filters after a RecentAttempts widget's own inputs changed. An unchanged range keeps the day
 * cross-filter (only the activity moved); a new range replaces the view's range.
 */
export function fromAttemptFilters(filters: ViewFilters, next: RecentAttemptsFilters): ViewFilters {
  const shown = effectiveRange(filters);
  if (next.from === shown.from && next.to === shown.to) return { ...filters, activityId: next.activityId };
  return { ...filters, from: next.from, to: next.to, activityId: next.activityId, day: null };
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The ISO date of `text` typed in `locale`'s short date format (date-fns "P": "10/02/2026" in en-US, "02.10.2026"
 * in de, "2026/10/02" in ja), or as an ISO date; null when it is no date in the years the catalog accepts.
 */
export function parseLocaleDate(text: string, locale: Locale): string | null {
  const trimmed = text.trim();
  let date = parse(trimmed, 'P', new Date(2000, 0, 1), { locale });
  if (!isValid(date) && ISO_DATE.test(trimmed)) date = parse(trimmed, 'yyyy-MM-dd', new Date(2000, 0, 1));
  if (!isValid(date)) return null;
  const year = date.getFullYear();
  return year < FIRST_SUPPORTED_YEAR || year > LAST_SUPPORTED_YEAR ? null : format(date, 'yyyy-MM-dd');
}
