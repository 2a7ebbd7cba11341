import type { Message } from '../translate.js';

/** English words of the filter bar's days control and its locale-formatted date inputs. */
export const dayFilterMessages = {
  'filters.days': 'Days',
  'filters.allDays': 'All days',
  'filters.weekdays': 'Weekdays',
  'filters.weekends': 'Weekends',
  'filters.dateHint': 'Format: {example}',
  'filters.invalidDate': '“{value}” is not a date. Write it like {example}.',
  'filters.pickFrom': 'Choose the From date in a calendar',
  'filters.pickTo': 'Choose the To date in a calendar',
} as const satisfies Record<string, Message>;
