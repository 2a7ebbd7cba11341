import type { LineChartInput } from '../../charts/lineOption.js';
import type { Formatters } from '../../widget-shell/format.js';
import type { EngagementDay } from './engagement.types.js';

/** Days of history shown when the range is not given. */
export const ENGAGEMENT_DEFAULT_DAYS = 90;

/** The chart of daily, weekly and monthly active learners, one point per day. */
export function engagementChartInput(days: readonly EngagementDay[], format: Formatters): LineChartInput {
  const line = (key: 'dau' | 'wau' | 'mau', name: string) => ({
    name,
    values: days.map((d) => d[key]),
    label: (i: number) => format.number(days[i]![key]),
  });
  return {
    xLabels: days.map((d) => format.date(d.day, 'PP')),
    series: [line('dau', format.t('engagement.dau')), line('wau', format.t('engagement.wau')), line('mau', format.t('engagement.mau'))],
    formatY: (v) => format.number(v),
    legend: true,
  };
}
