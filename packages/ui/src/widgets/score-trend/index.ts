'use client';
export { ScoreTrend } from './ScoreTrend.js';
export type { ScoreTrendPoint, ScoreTrendProps } from './scoreTrend.types.js';
export type { ChartRenderer } from '../../charts/chart.types.js';
export type { ChartView } from '../../charts/ViewToggle.js';
