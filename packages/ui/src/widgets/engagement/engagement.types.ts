import type { QueryParamsInput, QueryResult } from '@learnlens/data-client';
import type { ChartViewProps } from '../../widget-shell/ChartOrTableFrame.js';
import type { WidgetChromeProps } from '../../widget-shell/WidgetFrame.js';

/** One day of the `engagement` query. */
export type EngagementDay = QueryResult<'engagement'>['days'][number];

/** Props of `Engagement`. */
export interface EngagementProps extends WidgetChromeProps, ChartViewProps {
  /** Query parameters: range (default the 90 days up to today), `timezone` (default the viewer's), `now`, filters. */
  params?: QueryParamsInput<'engagement'>;
  /** Chart height in px; default 240. */
  height?: number;
}
