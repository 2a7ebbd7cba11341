'use client';
import type { EChartsCoreOption } from 'echarts/core';
import type { ReactNode, Ref } from 'react';
import { Chart } from '../charts/Chart.js';
import type { ChartRenderer, EChartsModule } from '../charts/chart.types.js';
import { ChartStyles } from '../charts/chartStyles.js';
import { DataTable, type DataTableProps } from '../charts/DataTable.js';
import { ViewToggle, type ChartView } from '../charts/ViewToggle.js';
import { ScrollRegion } from './ScrollRegion.js';
import { useControllableState } from './useControllableState.js';
import { useFormat } from './useFormat.js';
import { WidgetFrame, type WidgetFrameProps } from './WidgetFrame.js';

/** The props of every widget that shows its data as a chart or as a table. */
export interface ChartViewProps {
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
}

/** What a chart-or-table widget shows once its data is there. */
export interface ChartOrTableContent<TRow> {
  /** The chart's option (typed by the widget with `ComposeOption`); without one only the table shows. */
  option: EChartsCoreOption | undefined;
  /** The table's rows, one per plotted point. */
  rows: readonly TRow[];
  /** `data-*` attributes of the content element, e.g. how many points it plots. */
  attributes?: Record<`data-${string}`, string | number | undefined>;
  /** A line of text about the data, above or below the chart (see `notePosition`). */
  note?: ReactNode;
  /** The chart's height when it depends on the data; otherwise the frame's `height`. */
  height?: number;
}

/** Props of `ChartOrTableFrame`. */
export interface ChartOrTableFrameProps<TData, TRow>
  extends Omit<WidgetFrameProps<TData>, 'children' | 'actions' | 'skeleton' | 'subject'>,
    ChartViewProps,
    Pick<DataTableProps<TRow>, 'columns' | 'rowKey' | 'rowData' | 'caption'> {
  /** Lowercase noun for the view toggle and error messages, e.g. "session quality". */
  subject: string;
  /** The chart types and components the chart needs. */
  modules: readonly EChartsModule[];
  /** Chart height in px; default 240. */
  height?: number;
  /** Measures the chart's width (an empty element above the body), for widgets that fit their buckets to it. */
  measureRef?: Ref<HTMLDivElement>;
  /** Where the note goes: above the chart, or below it (always above the table); default "below". */
  notePosition?: 'above' | 'below';
  /** The chart's option, the table's rows and the rest, from the query's data. */
  content: (data: TData) => ChartOrTableContent<TRow>;
}

/**
 * The frame of a widget that shows its data as a chart or a table: the chart/table toggle in the header, the loading
 * skeleton, empty and error states, and the data table that stays in the page for screen readers behind the chart.
 */
export function ChartOrTableFrame<TData, TRow>({
  subject,
  modules,
  view: viewProp,
  defaultView = 'chart',
  onViewChange,
  renderer = 'svg',
  animation = true,
  height = 240,
  measureRef,
  notePosition = 'below',
  columns,
  rowKey,
  rowData,
  caption,
  content,
  ...frame
}: ChartOrTableFrameProps<TData, TRow>) {
  const { t } = useFormat();
  const [view, setView] = useControllableState(viewProp, defaultView, onViewChange);
  return (
    <WidgetFrame
      subject={subject}
      skeleton="chart"
      actions={<ViewToggle value={view} onValueChange={setView} subject={subject} />}
      {...(measureRef ? { toolbar: <div ref={measureRef} data-slot="measure" aria-hidden="true" /> } : {})}
      {...frame}
    >
      {(data) => {
        const { option, rows, attributes, note, height: dataHeight } = content(data);
        const noteElement = note ? (
          <p className="ll-chart-note" data-slot="note">
            {note}
          </p>
        ) : null;
        return (
          <div data-slot="content" data-view={view} {...attributes}>
            <ChartStyles />
            {notePosition === 'above' ? noteElement : null}
            {view === 'chart' && option ? (
              <Chart
                modules={modules}
                option={option}
                renderer={renderer}
                animation={animation}
                height={dataHeight ?? height}
                data-slot="chart"
                role="img"
                aria-label={t('chart.sameInTable', { caption })}
              />
            ) : null}
            {notePosition === 'below' ? noteElement : null}
            {/* A table wider than the widget scrolls (by keyboard too) instead of overflowing. */}
            <ScrollRegion label={caption} focusable={view === 'table'}>
              <DataTable columns={columns} rows={rows} rowKey={rowKey} rowData={rowData} caption={caption} visible={view === 'table'} />
            </ScrollRegion>
          </div>
        );
      }}
    </WidgetFrame>
  );
}
