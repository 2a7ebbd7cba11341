import type { Message } from '../translate.js';

/**
 * English words of the tables that sort by a header or list people: the caption's sort note and the viewer's "(you)".
 * Bundled with Leaderboard, RecentAttempts and SortableTable only; a chart's data table has neither.
 */
export const tableMessages = {
  'table.sortedAsc': ', sorted by {column} ascending',
  'table.sortedDesc': ', sorted by {column} descending',
  'common.you': '(you)',
} as const satisfies Record<string, Message>;
