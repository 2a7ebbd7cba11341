import type { ECElementEvent, use } from 'echarts/core';

/** Something `echarts/core`'s `use()` registers: a chart type, a component, a feature or a renderer. */
export type EChartsModule = Exclude<Parameters<typeof use>[0], readonly unknown[]>;

/** Which echarts renderer draws the chart. */
export type ChartRenderer = 'svg' | 'canvas';

/** Mouse events a chart forwards, each with echarts' own typed event: a click (the heatmap's cross-filter) is all any widget uses. */
export type ChartEventName = 'click';

/** Handlers of chart element events, by event name. */
export type ChartEventHandlers = Partial<Record<ChartEventName, (event: ECElementEvent) => void>>;
