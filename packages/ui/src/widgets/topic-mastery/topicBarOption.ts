import { BarChart, GridComponent, TooltipComponent } from '../../charts/echarts.js';
import type { BarSeriesOption } from 'echarts/charts';
import type { GridComponentOption, TooltipComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import { axisStyle, tooltipStyle } from '../../charts/chartStyle.js';
import { dataIndexOf, tooltipHtml } from '../../charts/escapeHtml.js';
import type { ChartPalette } from '../../theme/useChartPalette.js';
import type { MasteryLevel } from './topicMastery.types.js';
import { levelColors } from './topicMastery.utils.js';

/** The echarts modules the learner's topic bars register. */
export const topicBarModules = [BarChart, GridComponent, TooltipComponent];

/** The option type of the topic bars. */
export type TopicBarOption = ComposeOption<BarSeriesOption | GridComponentOption | TooltipComponentOption>;

/** One bar: a topic, its accuracy (0–1) and level, and the tooltip's words. */
export interface TopicBar {
  /** The topic. */
  topic: string;
  /** Accuracy 0–1. */
  accuracy: number;
  /** The learner's level in the topic (the bar's colour). */
  level: MasteryLevel;
  /** Tooltip text after the topic. */
  detail: string;
}

function hex(color: string): [number, number, number] | null {
  const m = /^#([0-9a-f]{6})$/i.exec(color.trim());
  if (!m) return null;
  const n = parseInt(m[1]!, 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** `color` laid over `background` at `share` opacity, as echarts needs a concrete colour (the CSS uses color-mix). */
export function blend(color: string, background: string, share: number): string {
  const a = hex(color);
  const b = hex(background);
  if (!a || !b || share >= 1) return color;
  const mix = a.map((v, i) => Math.round(v * share + b[i]! * (1 - share)));
  return `#${mix.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}

/** A level's bar colour in the palette, the same tint the grid's cells and the legend show. */
export function levelColor(level: MasteryLevel, palette: ChartPalette): string {
  const { token, share } = levelColors[level];
  const base = token === 'muted' ? palette.muted : token === 'chart3' ? (palette.series[2] ?? palette.warning) : (palette.series[0] ?? palette.primary);
  return blend(base, palette.background, share);
}

/** Horizontal bars, one per topic in the given order, on a 0–100 % axis, coloured by level. */
export function topicBarOption(bars: readonly TopicBar[], palette: ChartPalette, formatPercent: (ratio: number) => string): TopicBarOption {
  const axes = axisStyle(palette);
  return {
    textStyle: { fontFamily: palette.font },
    grid: { top: 8, bottom: 28, left: 8, right: 24, containLabel: true },
    tooltip: {
      ...tooltipStyle(palette),
      trigger: 'item',
      formatter: (params) => {
        const index = dataIndexOf(params);
        const bar = index === undefined ? undefined : bars[index];
        return bar ? tooltipHtml(bar.topic, [bar.detail]) : '';
      },
    },
    xAxis: { ...axes, type: 'value', min: 0, max: 1, axisLabel: { ...axes.axisLabel, formatter: (v: number) => formatPercent(v) } },
    yAxis: {
      ...axes,
      type: 'category',
      inverse: true,
      data: bars.map((b) => b.topic),
      axisLabel: { ...axes.axisLabel, width: 140, overflow: 'truncate' },
      splitLine: { show: false },
    },
    series: [
      {
        type: 'bar',
        id: 'accuracy',
        barMaxWidth: 18,
        data: bars.map((b) => ({ value: b.accuracy, itemStyle: { color: levelColor(b.level, palette), borderColor: palette.border } })),
      },
    ],
  };
}
