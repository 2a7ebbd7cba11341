import type { QueryParamsInput, QueryResult } from '@learnlens/data-client';
import type { ChartRenderer } from '../../charts/chart.types.js';
import type { ChartView } from '../../charts/ViewToggle.js';
import type { WidgetChromeProps } from '../../widget-shell/WidgetFrame.js';

/** One event type of the `eventTiming` query: its events per tenth of the call. */
export type EventTimingRow = QueryResult<'eventTiming'>['rows'][number];

/** Props of `EventTiming`. */
export interface EventTimingProps extends WidgetChromeProps {
  /** Query parameters: range (default the 90 days up to today), `timezone` (default the viewer's), `eventTypes`, filters. */
  params?: QueryParamsInput<'eventTiming'>;
  /** Names of event types beyond seed 002's six KPI types (which have their own words), by type. */
  typeNames?: Readonly<Record<string, string>>;
  /** Chart or table (controlled). */
  view?: ChartView;
  /** The view shown first when uncontrolled; default "chart". */
  defaultView?: ChartView;
  /** Called when the user switches between chart and table. */
  onViewChange?: (view: ChartView) => void;
  /** echarts renderer; default "svg". */
  renderer?: ChartRenderer;
  /** Set false to turn chart animation off (tests, screenshots). */
  animation?: boolean;
}
