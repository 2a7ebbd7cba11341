'use client';
// The chart first: it imports echarts, which a host's bundle then places ahead of this package's code (charts/echarts.ts);
// then the frame every widget shares, so the shared code sits in one piece ahead of each widget's own.
import { Chart } from '../../charts/Chart.js';
import { WidgetFrame } from '../../widget-shell/WidgetFrame.js';
import { ChartSkeleton } from '../../widget-shell/states.js';
import { withWidgetBoundary } from '../../widget-shell/WidgetErrorBoundary.js';
import type { EChartsType } from 'echarts/core';
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { ChartEventHandlers, ChartRenderer } from '../../charts/chart.types.js';
import { ChartStyles } from '../../charts/chartStyles.js';
import { DataTable, type DataColumn } from '../../charts/DataTable.js';
import { DEFAULT_RANGE_DAYS, describeRange, resolveRange, viewerTimeZone } from '../../charts/dateRange.js';
import {
  calendarCellSize,
  calendarHeatmapModules,
  calendarHeight,
  calendarHeatmapOption,
  calendarWeeks,
  gridHeatmapOption,
} from '../../charts/heatmapOption.js';
import { isFiltered } from '../../charts/period.js';
import { useElementWidth } from '../../charts/useElementWidth.js';
import { useControllableState } from '../../widget-shell/useControllableState.js';
import { ViewToggle, type ChartView } from '../../charts/ViewToggle.js';
import { useActivityHeatmap } from '../../hooks/useActivityHeatmap.js';
import { useChartPalette } from '../../theme/useChartPalette.js';
import type { Formatters } from '../../widget-shell/format.js';
import { useFormat } from '../../widget-shell/useFormat.js';
import { heatmapMessages } from '../../i18n/en/activityHeatmap.js';
import type { ActivityHeatmapProps, HeatmapCellView, HeatmapGrid, HeatmapSelection } from './activityHeatmap.types.js';
import {
  calendarInput,
  heatmapCells,
  initialFocus,
  moveFocus,
  sameSelection,
  weekdayHourInput,
} from './activityHeatmap.utils.js';

const WIDGET = 'activity-heatmap';

interface BodyProps {
  grid: HeatmapGrid;
  cells: HeatmapCellView[];
  view: ChartView;
  onChoose: (cell: HeatmapCellView) => void;
  renderer: ChartRenderer;
  animation: boolean;
  height: number;
  /** Whether the host set the height (the calendar's cells then fit it); otherwise the cells' size sets it. */
  fixedHeight: boolean;
  caption: string;
}

function HeatmapBody({ grid, cells, view, onChoose, renderer, animation, height, fixedHeight, caption }: BodyProps) {
  const palette = useChartPalette();
  const format = useFormat(heatmapMessages);
  const instance = useRef<EChartsType | null>(null);
  const [focusIndex, setFocusIndex] = useState<number | null>(null);
  const [focused, setFocused] = useState(false);
  const announcerId = `ll-heatmap-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const activeIndex = focused ? focusIndex : null;
  // A pointer press focuses the chart area too; that focus must not put a keyboard ring on another day.
  const pointerDown = useRef(false);

  // Square day cells in week columns, sized to the chart's measured width; the legend gives the colour scale.
  const [measure, width] = useElementWidth<HTMLDivElement>();
  const calendar = useMemo(() => {
    const input = calendarInput(cells, format, activeIndex);
    const first = input.days[0]?.date;
    const last = input.days[input.days.length - 1]?.date;
    if (grid !== 'calendar' || !first || !last || width === 0) return { input, height };
    const cellSize = calendarCellSize(width, calendarWeeks(first, last, input.weekStartsOn), fixedHeight ? height : undefined);
    return { input: { ...input, cellSize }, height: fixedHeight ? height : calendarHeight(cellSize) };
  }, [grid, cells, format, activeIndex, width, height, fixedHeight]);
  const legend = useMemo(() => ({ low: format.number(0), high: format.number(Math.max(1, ...cells.map((c) => c.attempts))) }), [cells, format]);
  const option = useMemo(
    () =>
      grid === 'calendar'
        ? calendarHeatmapOption({ ...calendar.input, legend }, palette)
        : gridHeatmapOption({ ...weekdayHourInput(cells, format, activeIndex), legend }, palette),
    [grid, calendar, cells, format, activeIndex, palette, legend],
  );

  const cellsRef = useRef(cells);
  cellsRef.current = cells;
  const onChooseRef = useRef(onChoose);
  onChooseRef.current = onChoose;
  const events = useMemo<ChartEventHandlers>(
    () => ({
      click: (event) => {
        const index = event.dataIndex;
        const cell = index === undefined ? undefined : cellsRef.current[index];
        if (!cell || index === undefined) return;
        // The clicked day becomes the focused one, so the live region announces the day that was clicked.
        setFocusIndex(index);
        onChooseRef.current(cell);
      },
    }),
    [],
  );

  // After the chart has taken the option with the focus ring (a new option would close an earlier tooltip).
  useEffect(() => {
    if (activeIndex !== null) instance.current?.dispatchAction({ type: 'showTip', seriesIndex: 0, dataIndex: activeIndex });
  }, [activeIndex, option]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const current = focusIndex ?? initialFocus(cells);
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      const cell = cells[current];
      if (cell) onChoose(cell);
      return;
    }
    if (event.key === 'Escape') {
      instance.current?.dispatchAction({ type: 'hideTip' });
      return;
    }
    const next = moveFocus(grid, current, cells.length, event.key, format.dir);
    if (next === null) return;
    event.preventDefault();
    setFocusIndex(next);
  };

  // Keyboard focus announces the focused day; a click announces the day clicked (focusIndex is set to it).
  const announced = focusIndex === null ? undefined : cells[focusIndex];
  void activeIndex;
  const shown = cells.filter((c) => c.attempts > 0);

  return (
    <div data-slot="content" data-grid={grid} data-view={view}>
      <ChartStyles />
      {view === 'chart' ? (
        <div
          ref={measure}
          className="ll-chart-area"
          data-slot="chart"
          tabIndex={0}
          role="application"
          aria-roledescription={format.t('heatmap.roleDescription')}
          aria-label={format.t(grid === 'calendar' ? 'heatmap.keysDays' : 'heatmap.keysHours', { caption })}
          aria-describedby={announcerId}
          onKeyDown={onKeyDown}
          onPointerDown={() => {
            pointerDown.current = true;
          }}
          onFocus={() => {
            const byPointer = pointerDown.current;
            pointerDown.current = false;
            if (byPointer) return;
            setFocused(true);
            if (focusIndex === null) setFocusIndex(initialFocus(cells));
          }}
          onBlur={() => {
            setFocused(false);
            instance.current?.dispatchAction({ type: 'hideTip' });
          }}
        >
          <Chart
            modules={calendarHeatmapModules}
            option={option}
            renderer={renderer}
            animation={animation}
            onEvents={events}
            instanceRef={instance}
            height={grid === 'calendar' ? calendar.height : height}
            aria-hidden="true"
          />
          <div id={announcerId} className="ll-sr-only" aria-live="polite" data-slot="announcer">
            {announced ? format.t(announced.selected ? 'heatmap.announceSelected' : 'heatmap.announce', { title: announced.title, detail: announced.detail }) : ''}
          </div>
        </div>
      ) : null}
      {/* In chart view the table is for screen readers only and has no buttons: the chart area is the keyboard
          control there. In table view it is visible and each row can be selected. */}
      <DataTable
        columns={tableColumns(grid, view === 'table', format, onChoose)}
        rows={shown}
        rowKey={cellKey}
        rowData={cellData}
        caption={caption}
        visible={view === 'table'}
      />
    </div>
  );
}

function tableColumns(
  grid: HeatmapGrid,
  interactive: boolean,
  format: Formatters,
  onChoose: (cell: HeatmapCellView) => void,
): DataColumn<HeatmapCellView>[] {
  const columns: DataColumn<HeatmapCellView>[] = [
    { header: format.t(grid === 'calendar' ? 'heatmap.col.day' : 'heatmap.col.weekdayHour'), cell: (c) => c.title },
    { header: format.t('heatmap.col.attempts'), end: true, cell: (c) => format.number(c.attempts) },
    { header: format.t('heatmap.col.learners'), end: true, cell: (c) => format.number(c.activeUsers) },
  ];
  if (!interactive) return columns;
  return [
    ...columns,
    {
      header: <span className="ll-sr-only">{format.t('heatmap.col.filter')}</span>,
      cell: (c) => (
        <button type="button" className="ll-button" aria-pressed={c.selected} onClick={() => onChoose(c)}>
          <span aria-hidden="true">{format.t(c.selected ? 'heatmap.selected' : 'heatmap.select')}</span>
          <span className="ll-sr-only">{format.t(c.selected ? 'heatmap.selectedDay' : 'heatmap.selectDay', { title: c.title })}</span>
        </button>
      ),
    },
  ];
}

function cellKey(c: HeatmapCellView): string {
  return c.selection.grid === 'calendar' ? c.selection.date : `${c.selection.weekday}-${c.selection.hour}`;
}

function cellData(c: HeatmapCellView): Record<`data-${string}`, string | number | undefined> {
  const at =
    c.selection.grid === 'calendar'
      ? { 'data-date': c.selection.date }
      : { 'data-weekday': c.selection.weekday, 'data-hour': c.selection.hour };
  return { 'data-selected': c.selected ? 'true' : undefined, ...at };
}

function ActivityHeatmapInner({
  grid: gridProp,
  defaultGrid = 'calendar',
  onGridChange,
  selected: selectedProp,
  defaultSelected = null,
  onSelect,
  params = {},
  view: viewProp,
  defaultView = 'chart',
  onViewChange,
  renderer = 'svg',
  animation = true,
  height,
  title,
  ...chrome
}: ActivityHeatmapProps) {
  const format = useFormat(heatmapMessages);
  const [grid, setGrid] = useControllableState(gridProp, defaultGrid, onGridChange);
  const [selected, setSelected] = useControllableState<HeatmapSelection | null>(selectedProp, defaultSelected, onSelect);
  const [view, setView] = useControllableState(viewProp, defaultView, onViewChange);
  const timeZone = params.timezone ?? viewerTimeZone();
  const range = resolveRange(params, timeZone, params.now, DEFAULT_RANGE_DAYS);
  const query = useActivityHeatmap({ ...params, ...range, timezone: timeZone, grid });
  const rangeText = describeRange(range, format);
  // Placeholder data of the other grid may still be showing while the new grid loads; never draw it as this one.
  const data = query.data?.grid === grid ? query.data : undefined;
  const frameQuery = { ...query, data };
  const cells = useMemo(
    () => (data ? heatmapCells(data, range, format, selected) : []),
    [data, range.from, range.to, format, selected],
  );

  const choose = (cell: HeatmapCellView) => setSelected(sameSelection(cell.selection, selected) ? null : cell.selection);

  return (
    <WidgetFrame
      widget={WIDGET}
      title={title ?? format.t('heatmap.title')}
      description={format.t('heatmap.description', { range: rangeText, timeZone })}
      subject={format.t('heatmap.subject')}
      skeleton={<ChartSkeleton />}
      query={frameQuery}
      isEmpty={(d) => d.cells.length === 0}
      emptyTitle={format.t('heatmap.emptyTitle')}
      emptyReason={format.t(isFiltered(params) ? 'heatmap.emptyReasonFiltered' : 'heatmap.emptyReason', { range: rangeText, timeZone })}
      actions={
        <>
          <div role="group" aria-label={format.t('heatmap.layout')} data-slot="grid-toggle" className="ll-actions">
            {(['calendar', 'weekdayHour'] as const).map((g) => (
              <button
                key={g}
                type="button"
                className="ll-button"
                data-grid={g}
                aria-pressed={grid === g}
                onClick={() => setGrid(g)}
              >
                {format.t(g === 'calendar' ? 'heatmap.grid.calendar' : 'heatmap.grid.weekdayHour')}
              </button>
            ))}
          </div>
          <ViewToggle value={view} onValueChange={setView} subject={format.t('heatmap.subject')} />
        </>
      }
      {...chrome}
    >
      {() => (
        <HeatmapBody
          grid={grid}
          cells={cells}
          view={view}
          onChoose={choose}
          renderer={renderer}
          animation={animation}
          height={height ?? (grid === 'calendar' ? 200 : 260)}
          fixedHeight={height !== undefined}
          caption={
            format.t(grid === 'calendar' ? 'heatmap.captionDays' : 'heatmap.captionHours', { range: rangeText, timeZone })
          }
        />
      )}
    </WidgetFrame>
  );
}

/**
 * Attempts per calendar day, or per weekday × hour, in the viewer's time zone. Clicking a cell (or Enter on
 * the focused cell) calls `onSelect` for cross-filtering; a data table lists the same numbers.
 */
export const ActivityHeatmap = withWidgetBoundary(ActivityHeatmapInner, {
  widget: WIDGET,
  title: 'heatmap.title',
  subject: 'heatmap.subject',
  messages: heatmapMessages,
});
