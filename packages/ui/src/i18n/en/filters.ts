import type { Message } from '../translate.js';

/**
 * English words of date and activity filters: RecentAttempts' own toolbar and the views' filter bar. Bundled with those
 * two only; no chart widget has a filter of its own.
 */
export const filterMessages = {
  'filters.label': 'Filters',
  'filters.from': 'From',
  'filters.to': 'To',
  'filters.activity': 'Activity',
  'filters.allActivities': 'All activities',
} as const satisfies Record<string, Message>;
