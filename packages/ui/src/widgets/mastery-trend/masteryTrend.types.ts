import type { Bucket, QueryParamsInput } from '@learnlens/data-client';
import type { ChartViewProps } from '../../widget-shell/ChartOrTableFrame.js';
import type { WidgetChromeProps } from '../../widget-shell/WidgetFrame.js';

/** One bucket of one content item's mastery. */
export interface MasteryPoint {
  /** First day of the bucket, "YYYY-MM-DD". */
  bucketStart: string;
  /** Average current mastery, 0–1. */
  avgCurrentMastery: number;
  /** Average change of mastery in the bucket, −1–1. */
  avgMasteryChange: number;
  /** Lower edge of the 95% confidence band, 0–1. */
  bandLow: number;
  /** Upper edge of the 95% confidence band, 0–1. */
  bandHigh: number;
  /** Distinct learners with a mastery change. */
  learnersAffected: number;
  /** Average confidence of the changes, 0–1. */
  avgConfidence: number;
  /** Mastery changes recorded. */
  deltaCount: number;
}

/** One content item's line. */
export interface MasterySeries {
  /** The content item (activity) id. */
  contentId: string;
  /** Its kind, e.g. "lesson". */
  contentType: string;
  /** Its display name. */
  name: string;
  /** Its buckets, oldest first. */
  points: MasteryPoint[];
  /** Mastery changes over the whole range (what ranks the series). */
  evidence: number;
}

/** Props of `MasteryTrend`. */
export interface MasteryTrendProps extends WidgetChromeProps, ChartViewProps {
  /**
   * Query parameters: range (default the 26 weeks up to today), `timezone` (default the viewer's, the
   * browser's), `now`, and filters (`activityIds` picks the content items). The bucket comes from `bucket` or
   * the chart's width.
   */
  params?: Omit<QueryParamsInput<'masteryTrend'>, 'bucket'>;
  /** A fixed bucket; by default the finest bucket whose points fit the chart's width. */
  bucket?: Bucket;
  /** Fewest pixels per point when choosing the bucket; default 6. */
  minPxPerPoint?: number;
  /** One learner's mastery path instead of the averages over every learner in scope. */
  userId?: string;
  /** How many content items to plot at most; default 5. */
  maxSeries?: number;
  /** Display names of content items by id; the catalog's masteryTrend result carries ids only. */
  contentNames?: Readonly<Record<string, string>>;
  /** Draw each line's 95% confidence band; default true. */
  showBand?: boolean;
  /** Height of the chart in pixels; default 260. */
  height?: number;
}
