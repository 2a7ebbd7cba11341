'use client';
import type { EChartsCoreOption } from 'echarts/core';
import type { ReactNode, Ref } from 'react';
import type { ChartRenderer, EChartsModule } from '../charts/chart.types.js';
import { ChartStyles } from '../charts/chartStyles.js';
import { DataTable, type DataTableProps } from '../charts/DataTable.js';
import { ViewToggle, type ChartView } from '../charts/ViewToggle.js';
import { ChartImage } from './ChartImage.js';
import { ChartSkeleton } from './states.js';
import { useControllableState } from './useControllableState.js';
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

/** The table row props of a widget with a row per day (`day`: an ISO date), written `data-day` for tests and hosts. */
export const dayRows = {
  rowKey: (row: { day: string }) => row.day,
  rowData: (row: { day: string }) => ({ 'data-day': row.day }),
};

/** Props of `ChartOrTableFrame`. */
export interface ChartOrTableFrameProps<TData, TRow>
  extends Omit<WidgetFrameProps<TData>, 'children' | 'actions' | 'skeleton' | 'subject'>,
    ChartViewProps,
    Pick<DataTableProps<TRow>, 'columns' | 'rowKey' | 'rowData' | 'caption'> {
  /** Lowercase noun for the view toggle and error messages, e.g. "session quality". */
  subject: string;
  /** The chart types and components the chart needs. */
  modules: readonly EChartsModule[];
  /** The chart's option (typed by the widget with `ComposeOption`); without one only the table shows. */
  option: EChartsCoreOption | undefined;
  /** The table's rows, one per plotted point. */
  rows: readonly TRow[];
  /** Chart height in px; default 240. */
  height?: number;
  /** More `data-*` attributes of the content element (it always says how many rows it has, `data-points`). */
  attributes?: Record<`data-${string}`, string | number | undefined>;
  /** A line of text about the data, below the chart (above the table). */
  note?: ReactNode;
  /** Puts the note above the chart instead. */
  noteAbove?: boolean;
  /** Measures the chart's width (an empty element above the body), for widgets that fit their buckets to it. */
  measureRef?: Ref<HTMLDivElement>;
  /** Puts the table in a horizontally scrolling box, for tables wider than a narrow widget. */
  scroll?: boolean;
}

/**
 * The frame of a widget that shows its data as a chart or a table: the chart/table toggle in the header, the loading
 * skeleton, empty and error states, and the data table that stays in the page for screen readers behind the chart.
 */
export function ChartOrTableFrame<TData, TRow>({
  subject,
  modules,
  option,
  rows,
  columns,
  rowKey,
  rowData,
  caption,
  attributes,
  note,
  noteAbove,
  measureRef,
  scroll,
  view: viewProp,
  defaultView = 'chart',
  onViewChange,
  renderer = 'svg',
  animation = true,
  height = 240,
  ...frame
}: ChartOrTableFrameProps<TData, TRow>) {
  const [view, setView] = useControllableState(viewProp, defaultView, onViewChange);
  const noteElement = note ? (
    <p className="ll-chart-note" data-slot="note">
      {note}
    </p>
  ) : null;
  const table = <DataTable columns={columns} rows={rows} rowKey={rowKey} rowData={rowData} caption={caption} visible={view === 'table'} />;
  return (
    <WidgetFrame
      subject={subject}
      skeleton={<ChartSkeleton />}
      actions={<ViewToggle value={view} onValueChange={setView} subject={subject} />}
      toolbar={measureRef && <div ref={measureRef} data-slot="measure" aria-hidden="true" />}
      {...frame}
    >
      {() => (
        <div data-slot="content" data-view={view} data-points={rows.length} {...attributes}>
          <ChartStyles />
          {noteAbove && noteElement}
          {view === 'chart' && option ? (
            <ChartImage modules={modules} option={option} renderer={renderer} animation={animation} height={height} caption={caption} />
          ) : null}
          {!noteAbove && noteElement}
          {scroll ? (
            <div className="ll-scroll" data-slot="scroll">
              {table}
            </div>
          ) : (
            table
          )}
        </div>
      )}
    </WidgetFrame>
  );
}
