import type { Bucket, QueryParamsInput, QueryResult } from '@learnlens/data-client';
import type { ChartViewProps } from '../../widget-shell/ChartOrTableFrame.js';
import type { WidgetChromeProps } from '../../widget-shell/WidgetFrame.js';

/** A bucket of the `accuracyTrend` query. */
export type AccuracyBucket = QueryResult<'accuracyTrend'>['points'][number];

/** One plotted point: a bucket of the query, or a run of buckets merged to fit the chart's width. */
export type AccuracyTrendPoint = AccuracyBucket & {
  /** First day of the last bucket merged into this point (equal to `bucketStart` unless merged). */
  lastBucketStart: string;
};

/** Props of `AccuracyTrend`. */
export interface AccuracyTrendProps extends WidgetChromeProps, ChartViewProps {
  /**
   * Query parameters: range (default the 26 weeks up to today), `timezone` (default the viewer's), `now`, and
   * filters (a learner with `userIds`, a team with `teamId`). The bucket comes from `bucket` or the chart's width.
   */
  params?: Omit<QueryParamsInput<'accuracyTrend'>, 'bucket'>;
  /** A fixed bucket; by default the finest bucket whose points fit the chart's width. */
  bucket?: Bucket;
  /** Fewest pixels per point when choosing the bucket; default 6. */
  minPxPerPoint?: number;
  /** Height of the chart in pixels; default 240. */
  height?: number;
}
