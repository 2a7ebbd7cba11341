import type { LineChartInput } from '../../charts/lineOption.js';
import type { Formatters } from '../../widget-shell/format.js';
import type { SessionQualityDay } from './sessionQuality.types.js';

/** Days of history shown when the range is not given. */
export const SESSION_DEFAULT_DAYS = 30;

/** The chart of completion rate and share of sessions with errors (0–1), one point per day; a day without a rate is a gap. */
export function sessionChartInput(days: readonly SessionQualityDay[], format: Formatters): LineChartInput {
  return {
    xLabels: days.map((d) => format.date(d.day, 'PP')),
    series: [
      {
        name: format.t('session.completion'),
        values: days.map((d) => d.completionRate),
        label: (i) => (days[i]!.completionRate === null ? null : format.percent(days[i]!.completionRate!)),
      },
      { name: format.t('session.errors'), values: days.map((d) => d.errorShare), label: (i) => format.percent(days[i]!.errorShare) },
    ],
    yRange: [0, 1],
    formatY: (v) => format.percent(v, 0),
    legend: true,
  };
}
