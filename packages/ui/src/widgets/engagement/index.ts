'use client';
export { Engagement } from './Engagement.js';
export type { EngagementDay, EngagementProps } from './engagement.types.js';
export type { ChartRenderer } from '../../charts/chart.types.js';
export type { ChartView } from '../../charts/ViewToggle.js';
