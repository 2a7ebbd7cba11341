'use client';
export { ActivityHeatmap } from './ActivityHeatmap.js';
export type { ActivityHeatmapProps, HeatmapCellView, HeatmapGrid, HeatmapSelection } from './activityHeatmap.types.js';
