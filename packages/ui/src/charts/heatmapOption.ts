import { CalendarComponent, GridComponent, HeatmapChart, TooltipComponent, VisualMapContinuousComponent } from './echarts.js';
import type { HeatmapSeriesOption } from 'echarts/charts';
import type { CalendarComponentOption, GridComponentOption, TooltipComponentOption, VisualMapComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import type { ChartPalette } from '../theme/useChartPalette.js';
import { tooltipStyle } from './chartStyle.js';
import { dataIndexOf, tooltipHtml } from './escapeHtml.js';

/** The echarts modules a heatmap on a cartesian grid registers (weekday × hour, call tenths × event type). */
export const heatmapModules = [HeatmapChart, GridComponent, TooltipComponent, VisualMapContinuousComponent];

/**
 * The echarts modules of a widget that also draws a calendar heatmap: the grid's and echarts' calendar. Apart, so a
 * widget drawing only grids does not bundle the calendar (about 4 KiB gzipped).
 */
// Written out, not spread from heatmapModules: a spread at module level is not tree-shaken, and would keep the calendar
// in the grid-only widgets' bundles.
export const calendarHeatmapModules = [HeatmapChart, GridComponent, TooltipComponent, VisualMapContinuousComponent, CalendarComponent];

/** The option type of a heatmap: only the pieces its modules provide. */
export type HeatmapOption = ComposeOption<
  HeatmapSeriesOption | CalendarComponentOption | GridComponentOption | TooltipComponentOption | VisualMapComponentOption
>;

/** One cell of a heatmap, already formatted for the viewer's locale. */
export interface HeatCell {
  /** The number the colour encodes. */
  value: number;
  /** First tooltip line, e.g. the date. */
  title: string;
  /** Second tooltip line, e.g. "14 attempts · 6 learners". */
  detail: string;
  /** Whether the cell is the current selection. */
  selected: boolean;
}

/** A calendar heatmap: one cell per day of [first day, last day]. */
export interface CalendarHeatmapInput {
  /** Every day of the range, in order, each with its ISO date. */
  days: readonly (HeatCell & { date: string })[];
  /** First day of the week: 0 = Sunday, 1 = Monday … (from the locale). */
  weekStartsOn: number;
  /** Short weekday names, Sunday first (7). */
  dayNames: readonly string[];
  /** Short month names, January first (12). */
  monthNames: readonly string[];
  /** Index of the keyboard-focused cell, drawn with a focus ring; null when none. */
  activeIndex: number | null;
  /** Side of a day's square cell in px (`calendarCellSize`); left to echarts ("auto", stretched) when absent. */
  cellSize?: number;
  /** The legend's end labels, the scale's low and high values, formatted. */
  legend?: HeatLegend;
  /**
   * Which way the weeks run. Right to left the calendar is drawn as a week × weekday grid (echarts' calendar
   * cannot run leftwards), which the chart's mirroring then turns so the first week is on the right.
   */
  dir?: 'ltr' | 'rtl';
}

/** The two ends of a heatmap's colour legend. */
export interface HeatLegend {
  /** Label of the lightest colour, e.g. "0". */
  low: string;
  /** Label of the darkest colour, e.g. "42". */
  high: string;
}

// The calendar's margins: day names on the left, month names above, the legend below.
const CALENDAR_LEFT = 36;
const CALENDAR_RIGHT = 8;
const CALENDAR_TOP = 24;
const LEGEND_SPACE = 36;

const dayNumber = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

// How many days of its first week precede `first` (ISO date) when weeks start on `weekStartsOn`.
const leadDays = (first: string, weekStartsOn: number) => (new Date(`${first}T00:00:00Z`).getUTCDay() - weekStartsOn + 7) % 7;

/** How many week columns a calendar from `first` to `last` (ISO dates) takes when weeks start on `weekStartsOn`. */
export function calendarWeeks(first: string, last: string, weekStartsOn: number): number {
  return Math.ceil((dayNumber(last) - dayNumber(first) + 1 + leadDays(first, weekStartsOn)) / 7);
}

/**
 * The side of a square day cell that fits `weeks` columns in `width` px (and 7 rows in `maxHeight` px when
 * given), between 10 and 40 px: a week is a column whatever the range, never a stretched stripe.
 */
export function calendarCellSize(width: number, weeks: number, maxHeight?: number): number {
  const byWidth = (width - CALENDAR_LEFT - CALENDAR_RIGHT) / Math.max(1, weeks);
  const byHeight = maxHeight === undefined ? Infinity : (maxHeight - CALENDAR_TOP - LEGEND_SPACE) / 7;
  return Math.max(10, Math.min(40, Math.floor(Math.min(byWidth, byHeight))));
}

/** The height a calendar of square `cellSize` px cells needs, legend included. */
export function calendarHeight(cellSize: number): number {
  return CALENDAR_TOP + 7 * cellSize + LEGEND_SPACE;
}

/** A grid heatmap: `xLabels.length` columns × `yLabels.length` rows. */
export interface GridHeatmapInput {
  /** Column labels (hours). */
  xLabels: readonly string[];
  /** Row labels, top first (weekdays). */
  yLabels: readonly string[];
  /** Cells row by row: index = y × columns + x. */
  cells: readonly HeatCell[];
  /** Index of the keyboard-focused cell, drawn with a focus ring; null when none. */
  activeIndex: number | null;
  /** The legend's end labels; no legend when absent. */
  legend?: HeatLegend;
  /** Width in px left for the row labels; default 44 (short weekday names). */
  labelWidth?: number;
}

// Selection and keyboard focus are drawn as borders so they show whatever the cell's colour.
function cellStyle(cell: HeatCell, active: boolean, palette: ChartPalette) {
  if (active) return { borderColor: palette.foreground, borderWidth: 2, borderType: 'dashed' as const };
  if (cell.selected) return { borderColor: palette.foreground, borderWidth: 2 };
  return undefined;
}

function maxValue(cells: readonly HeatCell[]): number {
  let max = 0;
  for (const c of cells) if (c.value > max) max = c.value;
  return Math.max(1, max);
}

// The colour scale, shown as a small horizontal legend under the chart ("0 ▭▭▭ 42") when labels are given.
function visualMap(cells: readonly HeatCell[], palette: ChartPalette, legend: HeatLegend | undefined, left: number): VisualMapComponentOption {
  return {
    type: 'continuous',
    min: 0,
    max: maxValue(cells),
    show: legend !== undefined,
    ...(legend
      ? {
          orient: 'horizontal' as const,
          left,
          bottom: 4,
          itemWidth: 10,
          itemHeight: 96,
          text: [legend.high, legend.low],
          textGap: 6,
          textStyle: { color: palette.mutedForeground, fontSize: 11, fontFamily: palette.font },
          calculable: false,
          hoverLink: false,
        }
      : {}),
    inRange: { color: [palette.muted, palette.primary] },
  };
}

function tooltip(cells: readonly HeatCell[], palette: ChartPalette): TooltipComponentOption {
  return {
    ...tooltipStyle(palette),
    trigger: 'item',
    formatter: (params) => {
      const index = dataIndexOf(params);
      const cell = index === undefined ? undefined : cells[index];
      return cell ? tooltipHtml(cell.title, [cell.detail]) : '';
    },
  };
}

// What every heatmap's option starts with: no animation, the theme's font, the tooltip and the colour scale.
function heatmapBase(cells: readonly HeatCell[], palette: ChartPalette, legend: HeatLegend | undefined, left: number) {
  return {
    animation: false,
    textStyle: { fontFamily: palette.font },
    tooltip: tooltip(cells, palette),
    visualMap: visualMap(cells, palette, legend, left),
  };
}

// A heatmap series of `cells`, each at `valueOf` it, the focused and the selected cell outlined; `border` px of the
// background's colour around every cell (the calendar draws its own).
function heatmapSeries<C extends HeatCell>(
  cells: readonly C[],
  activeIndex: number | null,
  palette: ChartPalette,
  valueOf: (cell: C, index: number) => (string | number)[],
  border?: number,
): HeatmapSeriesOption {
  return {
    type: 'heatmap',
    data: cells.map((c, i) => {
      const value = valueOf(c, i);
      const itemStyle = cellStyle(c, i === activeIndex, palette);
      return itemStyle ? { value, itemStyle } : { value };
    }),
    ...(border ? { itemStyle: { borderColor: palette.background, borderWidth: border } } : {}),
    emphasis: { itemStyle: { borderColor: palette.foreground, borderWidth: 1 } },
  };
}

/** The echarts option of a calendar heatmap; the series' data index is the day's index in `input.days`. */
export function calendarHeatmapOption(input: CalendarHeatmapInput, palette: ChartPalette): HeatmapOption {
  if (input.dir === 'rtl') return calendarGridOption(input, palette);
  const { days } = input;
  const first = days[0]?.date;
  const last = days[days.length - 1]?.date;
  return {
    ...heatmapBase(days, palette, input.legend, CALENDAR_LEFT),
    calendar: {
      ...(first && last ? { range: [first, last] } : {}),
      top: CALENDAR_TOP,
      left: CALENDAR_LEFT,
      // Square cells from the left edge when sized; otherwise stretched over the whole box.
      ...(input.cellSize ? { cellSize: [input.cellSize, input.cellSize] } : { bottom: input.legend ? LEGEND_SPACE : 4, right: CALENDAR_RIGHT, cellSize: ['auto', 'auto'] }),
      itemStyle: { color: palette.background, borderColor: palette.background, borderWidth: 2 },
      splitLine: { lineStyle: { color: palette.border, width: 1 } },
      dayLabel: {
        firstDay: input.weekStartsOn,
        nameMap: [...input.dayNames],
        color: palette.mutedForeground,
        fontSize: 10,
      },
      monthLabel: { nameMap: [...input.monthNames], color: palette.mutedForeground, fontSize: 11 },
      yearLabel: { show: false },
    },
    series: [{ ...heatmapSeries(days, input.activeIndex, palette, (d) => [d.date, d.value]), coordinateSystem: 'calendar' }],
  };
}

/** The echarts option of a grid heatmap; the series' data index is the cell's index in `input.cells`. */
export function gridHeatmapOption(input: GridHeatmapInput, palette: ChartPalette): HeatmapOption {
  const columns = input.xLabels.length;
  const left = input.labelWidth ?? 44;
  const axisCommon = {
    type: 'category' as const,
    axisLine: { lineStyle: { color: palette.border } },
    axisTick: { show: false },
    axisLabel: { color: palette.mutedForeground, fontSize: 10 },
    splitArea: { show: false },
  };
  return {
    ...heatmapBase(input.cells, palette, input.legend, left),
    grid: { top: 8, bottom: input.legend ? 24 + LEGEND_SPACE : 24, left, right: 8 },
    xAxis: { ...axisCommon, data: [...input.xLabels] },
    yAxis: { ...axisCommon, data: [...input.yLabels], inverse: true },
    series: [heatmapSeries(input.cells, input.activeIndex, palette, (c, i) => [i % columns, Math.floor(i / columns), c.value], 1)],
  };
}

/** Where each day of `days` sits: its week column and its row (0 = the locale's first weekday). */
export function calendarPositions(days: readonly { date: string }[], weekStartsOn: number): { week: number; row: number }[] {
  const first = days[0]?.date;
  if (!first) return [];
  const lead = leadDays(first, weekStartsOn);
  const start = dayNumber(first);
  return days.map((d) => {
    const at = dayNumber(d.date) - start + lead;
    return { week: Math.floor(at / 7), row: at % 7 };
  });
}

/**
 * The calendar as a cartesian grid: a category x axis of weeks (labelled with the month where one starts) and
 * a y axis of weekdays from the locale's first, in the same square cells, margins and legend as the calendar.
 * Drawn the left-to-right way: `mirrorOption` inverts the weeks and moves the weekday labels to the right.
 */
export function calendarGridOption(input: CalendarHeatmapInput, palette: ChartPalette): HeatmapOption {
  const { days } = input;
  const positions = calendarPositions(days, input.weekStartsOn);
  const weeks = positions.length === 0 ? 0 : positions[positions.length - 1]!.week + 1;
  const weekLabels = Array.from({ length: weeks }, () => '');
  days.forEach((d, i) => {
    const { week } = positions[i]!;
    // A month's name over the first week column holding one of its days.
    if (i === 0 || d.date.endsWith('-01')) weekLabels[week] = input.monthNames[Number(d.date.slice(5, 7)) - 1] ?? '';
  });
  const rowNames = Array.from({ length: 7 }, (_, r) => input.dayNames[(input.weekStartsOn + r) % 7] ?? '');
  const size = input.cellSize;
  const axisCommon = { type: 'category' as const, axisLine: { show: false }, axisTick: { show: false }, splitLine: { show: false }, splitArea: { show: false } };
  return {
    ...heatmapBase(days, palette, input.legend, CALENDAR_LEFT),
    grid: size
      ? { top: CALENDAR_TOP, left: CALENDAR_LEFT, width: weeks * size, height: 7 * size }
      : { top: CALENDAR_TOP, left: CALENDAR_LEFT, right: CALENDAR_RIGHT, bottom: input.legend ? LEGEND_SPACE : 4 },
    xAxis: {
      ...axisCommon,
      position: 'top',
      data: weekLabels,
      axisLabel: { interval: 0, color: palette.mutedForeground, fontSize: 11, margin: 6 },
    },
    yAxis: { ...axisCommon, inverse: true, data: rowNames, axisLabel: { color: palette.mutedForeground, fontSize: 10, margin: 6 } },
    series: [heatmapSeries(days, input.activeIndex, palette, (d, i) => [positions[i]!.week, positions[i]!.row, d.value], 2)],
  };
}
