import type { Bucket } from '@learnlens/data-client';
import type { ChartRenderer } from '../../charts/chart.types.js';
import type { ChartView } from '../../charts/ViewToggle.js';
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

/** Props of `ScoreTrend`. */
export interface ScoreTrendProps extends WidgetChromeProps {
  /** First day shown, "YYYY-MM-DD"; default 26 weeks before `to`. */
  from?: string;
  /** First day not shown, "YYYY-MM-DD"; default tomorrow in `timezone`. */
  to?: string;
  /** IANA time zone buckets are counted in; default the viewer's (the browser's). */
  timezone?: string;
  /** The instant "today" is taken from, ISO; default the current time. */
  now?: string;
  /** A fixed bucket; by default the finest bucket whose points fit the chart's width. */
  bucket?: Bucket;
  /** Fewest pixels per point when choosing the bucket; default 6. */
  minPxPerPoint?: number;
  /** Only this team's learners. */
  teamId?: string;
  /** Only these learners. */
  userIds?: string[];
  /** Only these activities. */
  activityIds?: string[];
  /** Chart or data table (controlled). */
  view?: ChartView;
  /** The view shown first when uncontrolled; default "chart". */
  defaultView?: ChartView;
  /** Called when the user switches between chart and table. */
  onViewChange?: (view: ChartView) => void;
  /** echarts renderer; default "svg". */
  renderer?: ChartRenderer;
  /** Set false to turn chart animation off (tests, screenshots). */
  animation?: boolean;
  /** Height of the chart in pixels; default 240. */
  height?: number;
}
