'use client';
export { SessionQuality } from './SessionQuality.js';
export type { SessionQualityDay, SessionQualityProps } from './sessionQuality.types.js';
export type { ChartRenderer } from '../../charts/chart.types.js';
export type { ChartView } from '../../charts/ViewToggle.js';
