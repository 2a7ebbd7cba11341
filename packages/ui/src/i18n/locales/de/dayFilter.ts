import type { dayFilterMessages } from '../../en/dayFilter.js';
import type { Message } from '../../translate.js';

/** German words of the filter bar's days control and date inputs; `satisfies` makes a missing key a type error. */
export const dayFilterDe = {
  'filters.days': 'Tage',
  'filters.allDays': 'Alle Tage',
  'filters.weekdays': 'Werktage (Mo–Fr)',
  'filters.weekends': 'Wochenenden (Sa–So)',
  'filters.dateHint': 'Format: {example}',
  'filters.invalidDate': '„{value}“ ist kein Datum. Schreiben Sie es wie {example}.',
  'filters.pickFrom': 'Von-Datum im Kalender wählen',
  'filters.pickTo': 'Bis-Datum im Kalender wählen',
} as const satisfies Record<keyof typeof dayFilterMessages, Message>;
