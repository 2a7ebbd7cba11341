import { addDays, format, parseISO, subDays } from 'date-fns';
import type { RecentAttemptsFilters, RecentAttemptsSort, RecentAttemptsSortField } from './recentAttempts.types.js';

/** The 30 days up to and including the day of `now`. */
export function defaultFilters(now: string | undefined): RecentAttemptsFilters {
  const today = (now ?? new Date().toISOString()).slice(0, 10);
  const to = format(addDays(parseISO(today), 1), 'yyyy-MM-dd');
  return { from: format(subDays(parseISO(to), 30), 'yyyy-MM-dd'), to, activityId: null };
}

/** The last day shown, for a date input that shows inclusive days. */
export function inclusiveEnd(to: string): string {
  return format(subDays(parseISO(to), 1), 'yyyy-MM-dd');
}

/** The exclusive end for an inclusive last day. */
export function exclusiveEnd(lastDay: string): string {
  return format(addDays(parseISO(lastDay), 1), 'yyyy-MM-dd');
}

/** The next sort when a column header is pressed: a new column starts descending (names A to Z), the same one flips. */
export function nextSort(current: RecentAttemptsSort, field: RecentAttemptsSortField): RecentAttemptsSort {
  if (current === `-${field}`) return field;
  if (current === field) return `-${field}`;
  return field === 'displayName' || field === 'activityName' ? field : `-${field}`;
}

/** The `aria-sort` of a column. */
export function ariaSortOf(current: RecentAttemptsSort, field: RecentAttemptsSortField): 'ascending' | 'descending' | undefined {
  if (current === field) return 'ascending';
  if (current === `-${field}`) return 'descending';
  return undefined;
}
