import { createContext, useContext } from 'react';
import { lightTokens, type ThemeMode, type ThemeTokens } from './tokens.js';

/** The theme in effect at some point of the tree: its mode and resolved tokens. */
export interface ResolvedTheme {
  /** Light or dark. */
  mode: ThemeMode;
  /** Token values after the host's overrides. */
  tokens: ThemeTokens;
}

/** Set by `LearnlensProvider` (the default) and by each `ThemeScope` (the widget's own). */
export const ThemeContext = createContext<ResolvedTheme>({ mode: 'light', tokens: lightTokens });

/** The theme of the nearest scope. */
export function useTheme(): ResolvedTheme {
  return useContext(ThemeContext);
}
