import { bucketStartDay, dayNumberOf, isoDateOf, nextBucketStartDay, type Bucket, type QueryResult } from '@learnlens/data-client';
import { mergeBuckets, pointBudget } from '../../charts/buckets.js';
import type { LineChartInput } from '../../charts/lineOption.js';
import { formatScore, inferScoreScale, scoreAxisRange, type ScoreScale } from '../../charts/scoreScale.js';
import type { Formatters } from '../../widget-shell/format.js';
import type { ScoreTrendPoint } from './scoreTrend.types.js';
import { countAxisMax } from '../../charts/countAxis.js';

/** Combines adjacent buckets into one point: attempts add up, the average is weighted by scored attempts. */
export function combinePoints(run: readonly ScoreTrendPoint[]): ScoreTrendPoint {
  let attempts = 0;
  let scored = 0;
  let sum = 0;
  for (const p of run) {
    attempts += p.attempts;
    if (p.avgScore !== null && p.scoredAttempts > 0) {
      scored += p.scoredAttempts;
      sum += p.avgScore * p.scoredAttempts;
    }
  }
  return {
    bucketStart: run[0]!.bucketStart,
    lastBucketStart: run[run.length - 1]!.lastBucketStart,
    avgScore: scored > 0 ? sum / scored : null,
    attempts,
    scoredAttempts: scored,
  };
}

/**
 * The points to plot: the query's buckets, merged in runs when there are more than a chart `widthPx` wide can
 * show at `minPxPerPoint` pixels each (only possible with month buckets over many years).
 */
export function scoreTrendPoints(result: QueryResult<'scoreTrend'>, widthPx: number, minPxPerPoint: number): readonly ScoreTrendPoint[] {
  const points = result.points.map((p) => ({ ...p, lastBucketStart: p.bucketStart }));
  return mergeBuckets(points, pointBudget(widthPx, minPxPerPoint), combinePoints);
}

/** A bucket's name for tables and tooltips, e.g. "May 4, 2026", "Week of May 4, 2026", "May 2026". */
export function bucketLabel(bucketStart: string, bucket: Bucket, format: Formatters): string {
  if (bucket === 'day') return format.date(bucketStart, 'PP');
  if (bucket === 'week') return format.t('trend.weekOf', { date: format.date(bucketStart, 'PP') });
  return format.date(bucketStart, 'LLLL yyyy');
}

/** A point's name: its bucket, or the first and last bucket of a merged run. */
export function pointLabel(point: ScoreTrendPoint, bucket: Bucket, format: Formatters): string {
  const first = bucketLabel(point.bucketStart, bucket, format);
  return point.lastBucketStart === point.bucketStart ? first : `${first} – ${bucketLabel(point.lastBucketStart, bucket, format)}`;
}

/** A bucket's short axis label, e.g. "May 4" or "May 2026". */
export function axisLabel(bucketStart: string, bucket: Bucket, format: Formatters): string {
  return format.date(bucketStart, bucket === 'month' ? 'LLL yyyy' : 'MMM d');
}

export { formatScore };

/** The line chart's input: one "Average score" line; gaps where a bucket has no scored attempt. */
export function scoreTrendInput(points: readonly ScoreTrendPoint[], bucket: Bucket, format: Formatters, scale?: ScoreScale): LineChartInput {
  const values = points.map((p) => p.avgScore);
  return {
    yRange: scoreAxisRange(scale ?? inferScoreScale(values), values),
    xLabels: points.map((p) => axisLabel(p.bucketStart, bucket, format)),
    series: [
      {
        name: format.t('trend.avgScore'),
        values,
        label: (i) => {
          const p = points[i];
          return p ? `${formatScore(p.avgScore, format)} · ${format.t('trend.scoredOf', { count: p.attempts, scored: format.number(p.scoredAttempts) })}` : null;
        },
      },
    ],
    formatY: (value) => format.number(value, { maximumFractionDigits: 1 }),
  };
}

/**
 * Every bucket of [from, to) as a point, those without attempts as zero attempts: a count of attempts is 0 on a day
 * without any, where an average has no value (so the score line leaves a gap instead).
 */
export function withEmptyBuckets(points: readonly ScoreTrendPoint[], range: { from: string; to: string }, bucket: Bucket): readonly ScoreTrendPoint[] {
  const byStart = new Map(points.map((p) => [p.bucketStart, p]));
  const out: ScoreTrendPoint[] = [];
  const end = dayNumberOf(range.to);
  // A safety bound: a range of centuries in days is not a chart anyone asked for.
  for (let day = bucketStartDay(dayNumberOf(range.from), bucket); day < end && out.length < 20_000; day = nextBucketStartDay(day, bucket)) {
    const start = isoDateOf(day);
    out.push(byStart.get(start) ?? { bucketStart: start, lastBucketStart: start, avgScore: null, attempts: 0, scoredAttempts: 0 });
  }
  return out;
}

/** The line chart's input for the attempts metric: one "Attempts started" line, a zero where a bucket had none. */
export function attemptsTrendInput(points: readonly ScoreTrendPoint[], bucket: Bucket, format: Formatters): LineChartInput {
  const values = points.map((p) => p.attempts);
  return {
    yRange: [0, countAxisMax(Math.max(0, ...values))],
    xLabels: points.map((p) => axisLabel(p.bucketStart, bucket, format)),
    series: [
      {
        name: format.t('trend.attempts.series'),
        values,
        label: (i) => {
          const p = points[i];
          return p ? format.t('trend.attempts.label', { count: p.attempts, scored: format.number(p.scoredAttempts) }) : null;
        },
      },
    ],
    formatY: (value) => format.number(value, { maximumFractionDigits: 0 }),
  };
}
