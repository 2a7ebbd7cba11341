import type { dayFilterMessages } from '../../en/dayFilter.js';
import type { Message } from '../../translate.js';

/** French words of the filter bar's days control and date inputs; `satisfies` makes a missing key a type error. */
export const dayFilterFr = {
  'filters.days': 'Jours',
  'filters.allDays': 'Tous les jours',
  'filters.weekdays': 'Jours de semaine (lun.–ven.)',
  'filters.weekends': 'Week-ends (sam.–dim.)',
  'filters.dateHint': 'Format : {example}',
  'filters.invalidDate': '« {value} » n’est pas une date. Écrivez-la comme {example}.',
  'filters.pickFrom': 'Choisir la date de début dans un calendrier',
  'filters.pickTo': 'Choisir la date de fin dans un calendrier',
} as const satisfies Record<keyof typeof dayFilterMessages, Message>;
