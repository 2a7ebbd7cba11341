'use client';
import { init, use } from './echarts.js';
import type { ECElementEvent, EChartsCoreOption, EChartsType } from 'echarts/core';
import { useContext, useEffect, useLayoutEffect, useRef, type CSSProperties, type HTMLAttributes, type RefObject } from 'react';
import type { ChartEventHandlers, ChartRenderer, EChartsModule } from './chart.types.js';
import { LearnlensContext } from '../provider/learnlensContext.js';
import { mirrorOption } from './mirrorOption.js';
import { chartRenderers } from './renderers.js';

// useLayoutEffect warns during server rendering; the chart only exists in a browser anyway.
const useIsomorphicLayoutEffect = typeof window === 'undefined' ? useEffect : useLayoutEffect;

/** Props of the internal `Chart` component. */
export interface ChartProps<TOption extends EChartsCoreOption>
  extends Omit<HTMLAttributes<HTMLDivElement>, 'children' | 'onClick'> {
  /** The chart types and components this chart needs; registered (with both renderers) before the first init. */
  modules: readonly EChartsModule[];
  /** The full option, typed by the widget with `ComposeOption` of its modules; replaced (not merged) on change. */
  option: TOption;
  /** Renderer: "svg" (crisp, works in jsdom) or "canvas" (faster for many shapes); changing it re-creates the chart. */
  renderer?: ChartRenderer;
  /** When false, every animation is off (tests, screenshots, reduced motion). */
  animation?: boolean;
  /** Element event handlers (click, hover…); the latest ones are always called, without rebinding. */
  onEvents?: ChartEventHandlers;
  /** Receives the echarts instance after init, and null after dispose. */
  instanceRef?: RefObject<EChartsType | null>;
  /** Height of the chart area (CSS length or pixels). */
  height?: CSSProperties['height'];
}

/**
 * One echarts chart over `echarts/core`: registers only the modules it is given, resizes with its container,
 * disposes on unmount. Internal: widgets wrap it with their own option builder and accessible table.
 */
export function Chart<TOption extends EChartsCoreOption>({
  modules,
  option,
  renderer = 'svg',
  animation = true,
  onEvents,
  instanceRef,
  height = 240,
  style,
  ...rest
}: ChartProps<TOption>) {
  const rtl = useContext(LearnlensContext)?.dir === 'rtl';
  const containerRef = useRef<HTMLDivElement>(null);
  const chartRef = useRef<EChartsType | null>(null);
  const handlersRef = useRef(onEvents);
  handlersRef.current = onEvents;
  const modulesRef = useRef(modules);
  modulesRef.current = modules;

  useIsomorphicLayoutEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    use([...chartRenderers, ...modulesRef.current]);
    const chart = init(container, null, { renderer });
    chartRef.current = chart;
    if (instanceRef) instanceRef.current = chart;
    // Bound once; the handler of the latest render answers.
    chart.on('click', (event) => handlersRef.current?.click?.(event as ECElementEvent));
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => chart.resize());
    observer?.observe(container);
    return () => {
      observer?.disconnect();
      chart.dispose();
      chartRef.current = null;
      if (instanceRef) instanceRef.current = null;
    };
  }, [renderer, instanceRef]);

  useIsomorphicLayoutEffect(() => {
    const chart = chartRef.current;
    if (!chart || chart.isDisposed()) return;
    // Right to left, every chart mirrors (axes from the right), so widgets build one option for both directions.
    const directed = rtl ? mirrorOption(option) : option;
    chart.setOption(animation ? directed : { ...directed, animation: false }, { notMerge: true });
  }, [option, animation, renderer, rtl]);

  return <div ref={containerRef} data-ll-chart="" style={{ width: '100%', height, ...style }} {...rest} />;
}
