import type { QueryParamsInput, QueryResult } from '@learnlens/data-client';
import type { ChartViewProps } from '../../widget-shell/ChartOrTableFrame.js';
import type { WidgetChromeProps } from '../../widget-shell/WidgetFrame.js';

/** A day of the `learningVelocity` query. */
export type VelocityDay = QueryResult<'learningVelocity'>['days'][number];

/** Props of `LearningVelocity`. */
export interface LearningVelocityProps extends WidgetChromeProps, ChartViewProps {
  /** Range (default the 26 weeks up to today), `timezone` (default the viewer's), `now` and filters. */
  params?: QueryParamsInput<'learningVelocity'>;
  /** Height of the chart in pixels; default 240. */
  height?: number;
}
