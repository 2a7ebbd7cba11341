import { BarChart, GridComponent, LegendComponent, ScatterChart, TooltipComponent } from './echarts.js';
import type { BarSeriesOption, ScatterSeriesOption } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import type { ChartPalette } from '../theme/useChartPalette.js';
import { axisStyle, tooltipStyle } from './chartStyle.js';
import { dataIndexOf, tooltipHtml } from './escapeHtml.js';

/** The echarts modules a range-bar chart registers. */
export const rangeBarModules = [BarChart, ScatterChart, GridComponent, TooltipComponent, LegendComponent];

/** The option type of a range-bar chart: only the pieces its modules provide. */
export type RangeBarOption = ComposeOption<
  BarSeriesOption | ScatterSeriesOption | GridComponentOption | TooltipComponentOption | LegendComponentOption
>;

/** One row of a range-bar chart: a spread (e.g. mean ± SD) with a centre and a median mark. */
export interface RangeBarRow {
  /** Category label (e.g. an activity name); long names are truncated on the axis, whole in the tooltip. */
  label: string;
  /** Lower end of the spread. */
  low: number;
  /** Upper end of the spread. */
  high: number;
  /** The centre mark (e.g. the average). */
  centre: number;
  /** The second mark (e.g. the median). */
  median: number;
  /** Whether the row is flagged (drawn in the warning colour). */
  flagged: boolean;
  /** Tooltip lines after the label. */
  details: readonly string[];
}

/** A horizontal range-bar chart, first row on top. */
export interface RangeBarInput {
  /** Rows, top first. */
  rows: readonly RangeBarRow[];
  /** Legend names of the spread, the centre and the median marks. */
  names: { range: string; centre: string; median: string };
  /** Fixed value-axis range, when the scale is known. */
  valueRange?: readonly [number, number];
  /** Formats value-axis ticks (locale-aware). */
  formatValue?: (value: number) => string;
}

const MAX_LABEL = 22;

function truncate(label: string): string {
  return label.length > MAX_LABEL ? `${label.slice(0, MAX_LABEL - 1)}…` : label;
}

/**
 * Axis labels that fit and still tell rows apart: a long label is cut at its end, unless that would make it
 * read like another row's ("Academic Writing Test…" on every row); then its end is kept instead
 * ("…Writing Test 3"). The full title is in the tooltip and the table.
 */
export function distinctLabels(labels: readonly string[]): string[] {
  const heads = labels.map(truncate);
  const counts = new Map<string, number>();
  for (const h of heads) counts.set(h, (counts.get(h) ?? 0) + 1);
  return labels.map((label, i) =>
    label.length > MAX_LABEL && (counts.get(heads[i]!) ?? 0) > 1 ? `…${label.slice(label.length - (MAX_LABEL - 1))}` : heads[i]!,
  );
}

/**
 * The echarts option of a range-bar chart: a floating bar per row from `low` to `high` (a transparent bar
 * stacked under it carries the offset), a dot at `centre` and a diamond at `median`.
 */
export function rangeBarOption(input: RangeBarInput, palette: ChartPalette): RangeBarOption {
  const { rows, names } = input;
  const spread = palette.series[0] ?? palette.primary;
  const labels = rows.map((r) => r.label);
  const shown = distinctLabels(labels);
  const axes = axisStyle(palette);
  return {
    textStyle: { fontFamily: palette.font },
    legend: {
      top: 0,
      data: [names.range, names.centre, names.median],
      textStyle: { color: palette.mutedForeground },
    },
    grid: { top: 28, bottom: 24, left: 8, right: 16, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    tooltip: {
      ...tooltipStyle(palette),
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (params) => {
        const index = dataIndexOf(params);
        const row = index === undefined ? undefined : rows[index];
        return row ? tooltipHtml(row.label, row.details) : '';
      },
    },
    xAxis: {
      ...axes,
      type: 'value',
      ...(input.valueRange ? { min: input.valueRange[0], max: input.valueRange[1] } : { scale: true }),
      axisLabel: { ...axes.axisLabel, ...(input.formatValue ? { formatter: input.formatValue } : {}) },
    },
    yAxis: {
      ...axes,
      type: 'category',
      inverse: true,
      data: labels,
      axisTick: { show: false },
      axisLabel: { color: palette.foreground, formatter: (_: string, index: number) => shown[index] ?? '' },
      splitLine: { show: false },
    },
    series: [
      {
        type: 'bar',
        id: 'offset',
        stack: 'range',
        silent: true,
        itemStyle: { color: 'transparent' },
        data: rows.map((r) => r.low),
        barWidth: '55%',
      },
      {
        type: 'bar',
        id: 'range',
        name: names.range,
        stack: 'range',
        itemStyle: { color: spread, opacity: 0.35, borderRadius: 3 },
        data: rows.map((r) =>
          r.flagged
            ? { value: r.high - r.low, itemStyle: { color: palette.warning, opacity: 0.45 } }
            : { value: r.high - r.low },
        ),
      },
      {
        type: 'scatter',
        id: 'centre',
        name: names.centre,
        symbol: 'circle',
        symbolSize: 9,
        itemStyle: { color: spread },
        data: rows.map((r, i) => [r.centre, i]),
        z: 3,
      },
      {
        type: 'scatter',
        id: 'median',
        name: names.median,
        symbol: 'diamond',
        symbolSize: 10,
        itemStyle: { color: palette.foreground },
        data: rows.map((r, i) => [r.median, i]),
        z: 4,
      },
    ],
  };
}
