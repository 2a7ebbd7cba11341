import { CanvasRenderer, SVGRenderer } from './echarts.js';

/** Both renderers, so any chart can switch with its `renderer` prop; registered by `Chart` itself. */
export const chartRenderers = [SVGRenderer, CanvasRenderer] as const;
