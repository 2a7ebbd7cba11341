'use client';
import type { EChartsCoreOption } from 'echarts/core';
import { Chart, type ChartProps } from '../charts/Chart.js';
import { useFormat } from './useFormat.js';

/** Props of `ChartImage`. */
export interface ChartImageProps<TOption extends EChartsCoreOption> extends Omit<ChartProps<TOption>, 'role' | 'aria-label'> {
  /** The caption of the table holding the chart's numbers; the chart's accessible name points to it. */
  caption: string;
}

/**
 * A chart that screen readers take as one image named after its table ("…. The same numbers are in the table."),
 * for charts whose data table stays in the page beside them.
 */
export function ChartImage<TOption extends EChartsCoreOption>({ caption, ...chart }: ChartImageProps<TOption>) {
  const { t } = useFormat();
  return <Chart {...chart} data-slot="chart" role="img" aria-label={t('chart.sameInTable', { caption })} />;
}
