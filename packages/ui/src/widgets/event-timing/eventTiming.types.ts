import type { QueryParamsInput, QueryResult } from '@learnlens/data-client';
import type { ChartViewProps } from '../../widget-shell/ChartOrTableFrame.js';
import type { WidgetChromeProps } from '../../widget-shell/WidgetFrame.js';

/** One event type of the `eventTiming` query: its events per tenth of the call. */
export type EventTimingRow = QueryResult<'eventTiming'>['rows'][number];

/** Props of `EventTiming`. */
export interface EventTimingProps extends WidgetChromeProps, ChartViewProps {
  /** Query parameters: range (default the 90 days up to today), `timezone` (default the viewer's), `eventTypes`, filters. */
  params?: QueryParamsInput<'eventTiming'>;
  /** Names of event types beyond seed 002's six KPI types (which have their own words), by type. */
  typeNames?: Readonly<Record<string, string>>;
}
