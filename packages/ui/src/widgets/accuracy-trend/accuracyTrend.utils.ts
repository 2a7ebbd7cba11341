import type { Bucket, QueryResult } from '@learnlens/data-client';
import { mergeBuckets, pointBudget } from '../../charts/buckets.js';
import type { LineChartInput } from '../../charts/lineOption.js';
import type { Formatters } from '../../widget-shell/format.js';
import type { AccuracyTrendPoint } from './accuracyTrend.types.js';

/** Combines adjacent buckets: answers and correct ones add up, accuracy is recomputed from the sums. */
export function combineAccuracy(run: readonly AccuracyTrendPoint[]): AccuracyTrendPoint {
  let submitted = 0;
  let correct = 0;
  for (const p of run) {
    submitted += p.submitted;
    correct += p.correct;
  }
  return {
    bucketStart: run[0]!.bucketStart,
    lastBucketStart: run[run.length - 1]!.lastBucketStart,
    submitted,
    correct,
    accuracy: submitted > 0 ? (correct * 100) / submitted : 0,
  };
}

/** The points to plot: the query's buckets, merged in runs when there are more than `widthPx` can show. */
export function accuracyTrendPoints(result: QueryResult<'accuracyTrend'>, widthPx: number, minPxPerPoint: number): readonly AccuracyTrendPoint[] {
  const points = result.points.map((p) => ({ ...p, lastBucketStart: p.bucketStart }));
  return mergeBuckets(points, pointBudget(widthPx, minPxPerPoint), combineAccuracy);
}

/** A bucket's name for tables and tooltips, e.g. "May 4, 2026", "Week of May 4, 2026", "May 2026". */
export function bucketName(bucketStart: string, bucket: Bucket, format: Formatters): string {
  if (bucket === 'day') return format.date(bucketStart, 'PP');
  if (bucket === 'week') return format.t('accuracyTrend.weekOf', { date: format.date(bucketStart, 'PP') });
  return format.date(bucketStart, 'LLLL yyyy');
}

/** A point's name: its bucket, or the first and last bucket of a merged run. */
export function accuracyPointLabel(point: AccuracyTrendPoint, bucket: Bucket, format: Formatters): string {
  const first = bucketName(point.bucketStart, bucket, format);
  return point.lastBucketStart === point.bucketStart ? first : `${first} – ${bucketName(point.lastBucketStart, bucket, format)}`;
}

/** An accuracy in percent (0–100) with one decimal and the locale's percent sign. */
export function formatAccuracy(accuracy: number, format: Formatters): string {
  return format.percent(accuracy / 100, 1);
}

/** The line chart's input: one "Accuracy" line on a 0–100 % axis. */
export function accuracyTrendInput(points: readonly AccuracyTrendPoint[], bucket: Bucket, format: Formatters): LineChartInput {
  return {
    yRange: [0, 100],
    xLabels: points.map((p) => format.date(p.bucketStart, bucket === 'month' ? 'LLL yyyy' : 'MMM d')),
    series: [
      {
        name: format.t('tutoring.accuracy'),
        values: points.map((p) => p.accuracy),
        label: (i) => {
          const p = points[i];
          return p ? `${formatAccuracy(p.accuracy, format)} · ${format.t('tutoring.correctOf', { correct: format.number(p.correct), count: p.submitted })}` : null;
        },
      },
    ],
    formatY: (value) => format.percent(value / 100, 0),
  };
}
