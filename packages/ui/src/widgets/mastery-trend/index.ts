'use client';
export { MasteryTrend } from './MasteryTrend.js';
export type { MasteryPoint, MasterySeries, MasteryTrendProps } from './masteryTrend.types.js';
export type { ChartRenderer } from '../../charts/chart.types.js';
export type { ChartView } from '../../charts/ViewToggle.js';
