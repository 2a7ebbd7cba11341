import { darkTokens, lightTokens, type ThemeTokens } from '../../theme/tokens.js';
import type { ChartPalette } from '../../theme/useChartPalette.js';

/** The palette `useChartPalette` gives for a token set, for option-builder tests. */
export function paletteOf(tokens: ThemeTokens = lightTokens, mode: 'light' | 'dark' = 'light'): ChartPalette {
  return {
    mode,
    series: [tokens.chart1, tokens.chart2, tokens.chart3, tokens.chart4, tokens.chart5],
    background: tokens.background,
    foreground: tokens.foreground,
    mutedForeground: tokens.mutedForeground,
    border: tokens.border,
    muted: tokens.muted,
    primary: tokens.primary,
    success: tokens.success,
    warning: tokens.warning,
    destructive: tokens.destructive,
    font: tokens.font,
  };
}

/** The dark palette. */
export const darkPalette = paletteOf(darkTokens, 'dark');
