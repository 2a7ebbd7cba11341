import { GridComponent, LegendScrollComponent, LineChart, TooltipComponent } from './echarts.js';
import type { LineSeriesOption } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import type { ChartPalette } from '../theme/useChartPalette.js';
import { axisStyle, tooltipStyle } from './chartStyle.js';
import { dataIndexOf, tooltipHtml } from './escapeHtml.js';

/** The echarts modules a trend line chart registers. */
export const lineModules = [LineChart, GridComponent, TooltipComponent, LegendScrollComponent];

/** The option type of a trend line chart: only the pieces its modules provide. */
export type LineOption = ComposeOption<LineSeriesOption | GridComponentOption | TooltipComponentOption | LegendComponentOption>;

/** A confidence band around one point. */
export interface BandValue {
  /** Lower edge. */
  low: number;
  /** Upper edge. */
  high: number;
}

/** One line: a value per x label (null where the bucket has no data), with optional band. */
export interface LineSeriesInput {
  /** Series name for legend and tooltip. */
  name: string;
  /** One value per x label; null leaves a gap. */
  values: readonly (number | null)[];
  /** Tooltip text of the point at an x index (e.g. "72.4 · 31 attempts"), null where there is no data; called on hover only. */
  label: (index: number) => string | null;
  /** A band per x label (null where none); drawn as a shaded area behind the line. */
  band?: readonly (BandValue | null)[];
}

/** A trend chart: categories along x (bucket labels), one or more lines. */
export interface LineChartInput {
  /** Formatted bucket labels along the x axis, oldest first. */
  xLabels: readonly string[];
  /** The lines. */
  series: readonly LineSeriesInput[];
  /** Fixed y range, e.g. [0, 1] for mastery; omitted to fit the data. */
  yRange?: readonly [number, number];
  /** Formats y axis ticks (locale-aware). */
  formatY?: (value: number) => string;
  /** Whether to show a legend (several series). */
  legend?: boolean;
}

const BAND_OPACITY = 0.18;

// Band series share the line's name, so toggling the line in the legend hides its band too; ids tell them apart.
function bandSeries(line: LineSeriesInput, index: number, color: string): LineSeriesOption[] {
  const band = line.band ?? [];
  const common = {
    type: 'line' as const,
    name: line.name,
    stack: `band-${index}`,
    symbol: 'none',
    silent: true,
    connectNulls: false,
    lineStyle: { opacity: 0 },
    tooltip: { show: false },
    emphasis: { disabled: true },
  };
  return [
    // The transparent lower edge lifts the visible band (stacked on it) to start at `low`.
    { ...common, id: `band-low-${index}`, data: band.map((b) => (b ? b.low : null)) },
    {
      ...common,
      id: `band-${index}`,
      areaStyle: { color, opacity: BAND_OPACITY },
      data: band.map((b) => (b ? b.high - b.low : null)),
    },
  ];
}

/**
 * The echarts option of a trend: every line on a category axis of bucket labels; a line with `band` gets a
 * shaded confidence band drawn as two stacked series (transparent lower edge + filled width) behind it.
 * Series ids: `line-i`, `band-low-i`, `band-i` for the i-th input line.
 */
export function lineChartOption(input: LineChartInput, palette: ChartPalette): LineOption {
  const colors = palette.series.length > 0 ? palette.series : [palette.primary];
  const series: LineSeriesOption[] = [];
  input.series.forEach((line, i) => {
    const color = colors[i % colors.length]!;
    if (line.band) series.push(...bandSeries(line, i, color));
    series.push({
      type: 'line',
      id: `line-${i}`,
      name: line.name,
      data: [...line.values],
      connectNulls: false,
      showSymbol: input.xLabels.length <= 60,
      symbolSize: 5,
      lineStyle: { color, width: 2 },
      itemStyle: { color },
      z: 3,
    });
  });
  const lines = input.series;
  const axes = axisStyle(palette);
  return {
    color: [...colors],
    textStyle: { fontFamily: palette.font },
    grid: { top: input.legend ? 36 : 12, bottom: 28, left: 48, right: 16 },
    ...(input.legend
      ? {
          legend: {
            type: 'scroll',
            top: 0,
            data: lines.map((l) => l.name),
            textStyle: { color: palette.mutedForeground },
            pageTextStyle: { color: palette.mutedForeground },
          },
        }
      : {}),
    tooltip: {
      ...tooltipStyle(palette),
      trigger: 'axis',
      formatter: (params) => {
        const index = dataIndexOf(params);
        if (index === undefined) return '';
        const rows = lines.flatMap((l) => {
          const text = l.label(index);
          return text === null ? [] : [`${l.name}: ${text}`];
        });
        return tooltipHtml(input.xLabels[index] ?? '', rows);
      },
    },
    xAxis: {
      ...axes,
      type: 'category',
      boundaryGap: false,
      data: [...input.xLabels],
      axisLabel: { ...axes.axisLabel, hideOverlap: true },
      splitLine: { show: false },
    },
    yAxis: {
      ...axes,
      type: 'value',
      ...(input.yRange ? { min: input.yRange[0], max: input.yRange[1] } : { scale: true }),
      axisLabel: { ...axes.axisLabel, ...(input.formatY ? { formatter: input.formatY } : {}) },
    },
    series,
  };
}
