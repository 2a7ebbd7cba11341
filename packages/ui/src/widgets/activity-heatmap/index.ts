'use client';
export { ActivityHeatmap } from './ActivityHeatmap.js';
export type { ActivityHeatmapProps, HeatmapCellView, HeatmapGrid, HeatmapSelection } from './activityHeatmap.types.js';
export type { ChartRenderer } from '../../charts/chart.types.js';
export type { ChartView } from '../../charts/ViewToggle.js';
