import type { dayFilterMessages } from '../../en/dayFilter.js';
import type { Message } from '../../translate.js';

/** Spanish words of the filter bar's days control and date inputs; `satisfies` makes a missing key a type error. */
export const dayFilterEs = {
  'filters.days': 'Días',
  'filters.allDays': 'Todos los días',
  'filters.weekdays': 'Días laborables (lun.–vie.)',
  'filters.weekends': 'Fines de semana (sáb.–dom.)',
  'filters.dateHint': 'Formato: {example}',
  'filters.invalidDate': '«{value}» no es una fecha. Escríbala como {example}.',
  'filters.pickFrom': 'Elegir la fecha «Desde» en un calendario',
  'filters.pickTo': 'Elegir la fecha «Hasta» en un calendario',
} as const satisfies Record<keyof typeof dayFilterMessages, Message>;
