import type { Bucket, QueryParamsInput } from '@learnlens/data-client';
import type { ScoreScale } from '../../charts/scoreScale.js';
import type { ChartViewProps } from '../../widget-shell/ChartOrTableFrame.js';
import type { WidgetChromeProps } from '../../widget-shell/WidgetFrame.js';

/** One plotted point of the score trend: a bucket (or a run of merged buckets) and its numbers. */
export interface ScoreTrendPoint {
  /** First day of the bucket, "YYYY-MM-DD". */
  bucketStart: string;
  /** First day of the last bucket merged into this point (equal to `bucketStart` unless merged). */
  lastBucketStart: string;
  /** Average score of scored attempts; null when none was scored. */
  avgScore: number | null;
  /** Attempts started in the bucket. */
  attempts: number;
  /** Attempts with a score. */
  scoredAttempts: number;
}

/** What the trend plots: the average score of scored attempts, or the count of attempts started. */
export type ScoreTrendMetric = 'avgScore' | 'attempts';

/** Props of `ScoreTrend`. */
export interface ScoreTrendProps extends WidgetChromeProps, ChartViewProps {
  /**
   * Query parameters: range (default the 26 weeks up to today), `timezone` (default the viewer's, the
   * browser's), `now`, and filters. The bucket comes from `bucket` or the chart's width.
   */
  params?: Omit<QueryParamsInput<'scoreTrend'>, 'bucket'>;
  /** A fixed bucket; by default the finest bucket whose points fit the chart's width. */
  bucket?: Bucket;
  /** Fewest pixels per point when choosing the bucket; default 6. */
  minPxPerPoint?: number;
  /** Height of the chart in pixels; default 240. */
  height?: number;
  /** The org's score scale, which bounds the y axis (0–100, 0–9, 0–1); read from the scores when omitted. */
  scoreScale?: ScoreScale;
  /**
   * The plotted series: "avgScore" (default) or "attempts", the count of every attempt started in each bucket,
   * scored or not (`scoreTrend`'s `attempts`); buckets without attempts are plotted as 0.
   */
  metric?: ScoreTrendMetric;
}
