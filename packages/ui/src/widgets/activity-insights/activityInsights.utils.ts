import type { RangeBarInput } from '../../charts/rangeBarOption.js';
import { formatScore, inferScoreScale, scoreAxisRange, scoreScaleRange, type ScoreScale } from '../../charts/scoreScale.js';
import type { Formatters } from '../../widget-shell/format.js';
import type { ActivityInsightRow, ActivityInsightsField, ActivityInsightsSort, ActivityInsightView } from './activityInsights.types.js';

/** Default coefficient of variation from which an activity counts as high-variance. */
export const DEFAULT_VARIANCE_THRESHOLD = 0.3;

/** Default number of scored attempts below which an activity is never flagged (too few to judge). */
export const DEFAULT_MIN_ATTEMPTS_FOR_VARIANCE = 5;

/** Coefficient of variation: sample SD ÷ |average|; null when there is no SD (one attempt) or the average is 0. */
export function coefficientOfVariation(row: Pick<ActivityInsightRow, 'avgScore' | 'scoreStddev'>): number | null {
  if (row.scoreStddev === null || row.avgScore === 0) return null;
  return row.scoreStddev / Math.abs(row.avgScore);
}

/**
 * Whether the scores look like correct/incorrect (0 or 1 only): then the sample SD is exactly
 * √(n/(n−1) · p(1−p)) for the average p, so the spread says nothing the average does not.
 */
export function isBinaryOutcome(row: Pick<ActivityInsightRow, 'avgScore' | 'scoreStddev' | 'attemptCount'>): boolean {
  const p = row.avgScore;
  const n = row.attemptCount;
  if (row.scoreStddev === null || p < 0 || p > 1 || n < 2) return false;
  return Math.abs(row.scoreStddev - Math.sqrt((n / (n - 1)) * p * (1 - p))) < 1e-6;
}

/**
 * Whether an activity's scores vary a lot, as seed 002's `score_stddev` is meant to show: its coefficient of
 * variation (SD ÷ |average|, so the judgement does not depend on the activity's score scale) is at least
 * `threshold` (default 0.3: e.g. an average of 60 with a SD of 18 or more), over at least `minAttempts` scored
 * attempts (default 5, since a spread of two or three scores says little). Correct/incorrect (0/1) scores are
 * never flagged: their SD follows from the average alone.
 */
export function isHighVariance(
  row: Pick<ActivityInsightRow, 'avgScore' | 'scoreStddev' | 'attemptCount'>,
  threshold = DEFAULT_VARIANCE_THRESHOLD,
  minAttempts = DEFAULT_MIN_ATTEMPTS_FOR_VARIANCE,
): boolean {
  const cv = coefficientOfVariation(row);
  return cv !== null && row.attemptCount >= minAttempts && cv >= threshold && !isBinaryOutcome(row);
}

/** Rows with their coefficient of variation and flag. */
export function insightViews(rows: readonly ActivityInsightRow[], threshold: number, minAttempts: number): ActivityInsightView[] {
  return rows.map((row) => ({ ...row, cv: coefficientOfVariation(row), highVariance: isHighVariance(row, threshold, minAttempts) }));
}

/** The field and direction of a sort. */
export function sortParts(sort: ActivityInsightsSort): { field: ActivityInsightsField; descending: boolean } {
  return sort.startsWith('-')
    ? { field: sort.slice(1) as ActivityInsightsField, descending: true }
    : { field: sort as ActivityInsightsField, descending: false };
}

/** The sort after clicking `field`'s header: the other direction when it is already sorted, else descending first. */
export function nextSort(current: ActivityInsightsSort, field: ActivityInsightsField): ActivityInsightsSort {
  const { field: currentField, descending } = sortParts(current);
  if (currentField === field) return (descending ? field : `-${field}`) as ActivityInsightsSort;
  return `-${field}` as ActivityInsightsSort;
}

export { formatScore };

/** The range-bar chart's input: a bar from average − SD to average + SD, a dot at the average, a diamond at the median. */
export function insightsChartInput(rows: readonly ActivityInsightView[], format: Formatters, scale?: ScoreScale): RangeBarInput {
  const resolved = scale ?? inferScoreScale(rows.flatMap((r) => [r.avgScore, r.medianScore]));
  const [lo, hi] = scoreScaleRange[resolved];
  // Average ± SD can reach past the scale's ends (an average of 95 with a SD of 15): the bar stops at them.
  const spans = rows.map((r) => {
    const sd = r.scoreStddev ?? 0;
    return { low: Math.max(lo, r.avgScore - sd), high: Math.min(hi, r.avgScore + sd) };
  });
  return {
    names: { range: format.t('insights.chart.range'), centre: format.t('insights.chart.average'), median: format.t('insights.chart.median') },
    formatValue: (value) => format.number(value, { maximumFractionDigits: 1 }),
    valueRange: scoreAxisRange(resolved, spans.flatMap((s) => [s.low, s.high])),
    rows: rows.map((r, i) => {
      return {
        label: r.activityName,
        low: spans[i]!.low,
        high: spans[i]!.high,
        centre: r.avgScore,
        median: r.medianScore,
        flagged: r.highVariance,
        details: [
          format.t('insights.tip.average', { average: formatScore(r.avgScore, format), median: formatScore(r.medianScore, format) }),
          format.t('insights.tip.sd', { sd: formatScore(r.scoreStddev, format), count: r.attemptCount }),
          ...(r.highVariance ? [format.t('insights.highVariance')] : []),
        ],
      };
    }),
  };
}
