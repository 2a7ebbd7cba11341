import { addDaysIso } from './buckets.js';
import type { Formatters } from '../widget-shell/format.js';

/** What a table shows for a value that does not exist (no answers, no time recorded): a dash in every language. */
export const NONE = '—';

/**
 * A query's date range in words, e.g. "May 1, 2026 – May 31, 2026" (the last day shown, not the exclusive `to`),
 * "since May 1, 2026", or "all time" when neither end is set. Uses the `tutoring.*` words.
 */
export function periodText(range: { from?: string | undefined; to?: string | undefined }, format: Formatters): string {
  const { from, to } = range;
  if (from !== undefined && to !== undefined) {
    return `${format.date(from)} – ${format.date(addDaysIso(to, -1))}`;
  }
  if (from !== undefined) return format.t('tutoring.since', { from: format.date(from) });
  if (to !== undefined) return format.t('tutoring.until', { to: format.date(addDaysIso(to, -1)) });
  return format.t('tutoring.allTime');
}

/** Whether the params narrow the learners or activities, so an empty state can say the filters are why. */
export function isFiltered(params: { teamId?: string | undefined; userIds?: readonly string[] | undefined; activityIds?: readonly string[] | undefined }): boolean {
  return Boolean(params.teamId || params.userIds || params.activityIds);
}
