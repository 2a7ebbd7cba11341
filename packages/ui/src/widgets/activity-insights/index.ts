'use client';
export { ActivityInsights } from './ActivityInsights.js';
export type {
  ActivityInsightRow,
  ActivityInsightsField,
  ActivityInsightsProps,
  ActivityInsightsSort,
  ActivityInsightView,
} from './activityInsights.types.js';
export { coefficientOfVariation, isHighVariance } from './activityInsights.utils.js';
export type { ChartRenderer } from '../../charts/chart.types.js';
