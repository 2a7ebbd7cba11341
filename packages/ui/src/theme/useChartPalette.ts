'use client';
import { useMemo } from 'react';
import { useTheme } from './themeContext.js';
import type { ThemeMode } from './tokens.js';

/** Concrete colours for echarts, which paints on a canvas and cannot read CSS variables. */
export interface ChartPalette {
  /** Light or dark, for echarts' own dark-mode decisions. */
  mode: ThemeMode;
  /** Series colours, `--ll-chart-1` … `--ll-chart-5` in order. */
  series: string[];
  /** Chart background. */
  background: string;
  /** Labels and titles. */
  foreground: string;
  /** Axis labels and secondary text. */
  mutedForeground: string;
  /** Axis lines and split lines. */
  border: string;
  /** Empty heatmap cells and tracks. */
  muted: string;
  /** The main accent colour, e.g. a single series or a visual map's high end. */
  primary: string;
  /** Improvements. */
  success: string;
  /** Warnings. */
  warning: string;
  /** Drops and errors. */
  destructive: string;
  /** The font stack. */
  font: string;
}

/**
 * The chart palette of the nearest theme scope: the same tokens the widget's CSS variables carry (all of them, by the
 * tokens' own names), with the five chart colours as the series.
 */
export function useChartPalette(): ChartPalette {
  const { mode, tokens } = useTheme();
  return useMemo(
    () => ({ ...tokens, mode, series: [tokens.chart1, tokens.chart2, tokens.chart3, tokens.chart4, tokens.chart5] }),
    [mode, tokens],
  );
}
