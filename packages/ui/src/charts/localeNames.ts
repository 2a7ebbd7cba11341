import type { Day, Locale, Month } from 'date-fns';

/** Weekday names in `locale`, Sunday first (date-fns numbering). */
export function weekdayNames(locale: Locale, width: 'narrow' | 'short' | 'abbreviated' | 'wide' = 'abbreviated'): string[] {
  return Array.from({ length: 7 }, (_, d) => locale.localize.day(d as Day, { width }));
}

/** Month names in `locale`, January first. */
export function monthNames(locale: Locale, width: 'narrow' | 'abbreviated' | 'wide' = 'abbreviated'): string[] {
  return Array.from({ length: 12 }, (_, m) => locale.localize.month(m as Month, { width }));
}

/** The locale's first day of the week (0 = Sunday … 6 = Saturday). */
export function weekStartOf(locale: Locale): number {
  return locale.options?.weekStartsOn ?? 0;
}
