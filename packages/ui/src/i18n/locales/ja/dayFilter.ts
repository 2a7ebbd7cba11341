import type { dayFilterMessages } from '../../en/dayFilter.js';
import type { Message } from '../../translate.js';

/** Japanese words of the filter bar's days control and date inputs; `satisfies` makes a missing key a type error. */
export const dayFilterJa = {
  'filters.days': '曜日',
  'filters.allDays': 'すべての日',
  'filters.weekdays': '平日（月〜金）',
  'filters.weekends': '週末（土・日）',
  'filters.dateHint': '形式：{example}',
  'filters.invalidDate': '「{value}」は日付ではありません。{example} のように入力してください。',
  'filters.pickFrom': 'カレンダーから開始日を選ぶ',
  'filters.pickTo': 'カレンダーから終了日を選ぶ',
} as const satisfies Record<keyof typeof dayFilterMessages, Message>;
