'use client';
export { EventTiming } from './EventTiming.js';
export type { EventTimingProps, EventTimingRow } from './eventTiming.types.js';
export type { ChartRenderer } from '../../charts/chart.types.js';
export type { ChartView } from '../../charts/ViewToggle.js';
