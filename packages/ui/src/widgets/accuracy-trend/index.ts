'use client';
export { AccuracyTrend } from './AccuracyTrend.js';
export type { AccuracyBucket, AccuracyTrendPoint, AccuracyTrendProps } from './accuracyTrend.types.js';
export type { ChartRenderer } from '../../charts/chart.types.js';
export type { ChartView } from '../../charts/ViewToggle.js';
