import type { dayFilterMessages } from '../../en/dayFilter.js';
import type { Message } from '../../translate.js';

/** Arabic words of the filter bar's days control and date inputs; `satisfies` makes a missing key a type error. */
export const dayFilterAr = {
  'filters.days': 'الأيام',
  'filters.allDays': 'كل الأيام',
  'filters.weekdays': 'أيام العمل (الاثنين–الجمعة)',
  'filters.weekends': 'عطلة نهاية الأسبوع (السبت–الأحد)',
  'filters.dateHint': 'الصيغة: {example}',
  'filters.invalidDate': '«{value}» ليس تاريخًا. اكتبه على هذا النحو: {example}.',
  'filters.pickFrom': 'اختر تاريخ «من» من التقويم',
  'filters.pickTo': 'اختر تاريخ «إلى» من التقويم',
} as const satisfies Record<keyof typeof dayFilterMessages, Message>;
