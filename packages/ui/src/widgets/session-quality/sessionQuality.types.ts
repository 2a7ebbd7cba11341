import type { QueryParamsInput, QueryResult } from '@learnlens/data-client';
import type { ChartViewProps } from '../../widget-shell/ChartOrTableFrame.js';
import type { WidgetChromeProps } from '../../widget-shell/WidgetFrame.js';

/** One day of the `sessionQuality` query. */
export type SessionQualityDay = QueryResult<'sessionQuality'>['days'][number];

/** Props of `SessionQuality`. */
export interface SessionQualityProps extends WidgetChromeProps, ChartViewProps {
  /** Query parameters: range (default the 30 days up to today), `timezone` (default the viewer's), `now`, filters. */
  params?: QueryParamsInput<'sessionQuality'>;
  /** Chart height in px; default 220. */
  height?: number;
}
