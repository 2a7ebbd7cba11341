'use client';
export { ThemeScope, type ThemeScopeProps } from './ThemeScope.js';
export { ThemeContext, useTheme, type ResolvedTheme } from './themeContext.js';
export {
  darkTokens,
  lightTokens,
  resolveTokens,
  themes,
  themeVariables,
  tokenVariable,
  type ThemeMode,
  type ThemeTokens,
} from './tokens.js';
export { useChartPalette, type ChartPalette } from './useChartPalette.js';
export { widgetCss } from './styles.js';
