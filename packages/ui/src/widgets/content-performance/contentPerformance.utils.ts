import type { ContentPerformanceRow } from './contentPerformance.types.js';

/** Days of history shown when the range is not given. */
export const CONTENT_DEFAULT_DAYS = 30;

/** The items to list: most learners first, then most completions, then by id; at most `limit`. */
export function rankedContent(rows: readonly ContentPerformanceRow[], limit: number): ContentPerformanceRow[] {
  return [...rows]
    .sort((a, b) => b.learners - a.learners || b.completions - a.completions || (a.contentId < b.contentId ? -1 : a.contentId > b.contentId ? 1 : 0))
    .slice(0, Math.max(0, limit));
}
