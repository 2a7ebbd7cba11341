'use client';
import { useContext, useMemo, type CSSProperties, type HTMLAttributes, type ReactNode, type Ref } from 'react';
import { LearnlensContext } from '../provider/learnlensContext.js';
import { widgetCss } from './styles.js';
import { ThemeContext, useTheme, type ResolvedTheme } from './themeContext.js';
import { resolveTokens, themeVariables, type ThemeMode, type ThemeTokens } from './tokens.js';

/** Props of `ThemeScope`. */
export interface ThemeScopeProps extends HTMLAttributes<HTMLElement> {
  /** Stable widget name written to `data-learnlens-widget`, for hosts to select. */
  widget: string;
  /** Overrides the provider's mode for this widget only. */
  theme?: ThemeMode;
  /** Overrides token values for this widget only. */
  tokens?: Partial<ThemeTokens>;
  /** The wrapper element; a `section` by default. */
  as?: 'section' | 'div' | 'article';
  /** The scope element, for widgets that measure it or attach temporary nodes to it. */
  ref?: Ref<HTMLElement>;
  /** The widget. */
  children?: ReactNode;
}

/**
 * A widget's own wrapper element. It carries the theme as CSS variables in its inline style, so a widget
 * never touches `:root` or the host's elements, and a host can restyle it through `[data-learnlens-widget]`.
 */
export function ThemeScope({ widget, theme, tokens, as: Element = 'section', style, ref, children, ...rest }: ThemeScopeProps) {
  const inherited = useTheme();
  // The scope element carries the direction, so a right-to-left widget mirrors inside a left-to-right host page.
  const learnlens = useContext(LearnlensContext);
  const dir = rest.dir ?? learnlens?.dir ?? 'ltr';
  const mode = theme ?? inherited.mode;
  const resolved = useMemo<ResolvedTheme>(() => {
    const base = theme === undefined || theme === inherited.mode ? inherited.tokens : resolveTokens(mode);
    return { mode, tokens: tokens ? { ...base, ...tokens } : base };
  }, [inherited, mode, theme, tokens]);
  const scopeStyle = useMemo(
    () => ({ ...themeVariables(resolved.tokens), colorScheme: mode, ...style }) as CSSProperties,
    [resolved, mode, style],
  );
  return (
    <ThemeContext.Provider value={resolved}>
      <Element {...rest} dir={dir} ref={ref as Ref<HTMLDivElement>} data-learnlens-widget={widget} data-theme={mode} style={scopeStyle}>
        {/* React hoists and de-duplicates this sheet by href, on the server too. */}
        <style href="learnlens-ui-widgets" precedence="learnlens">
          {widgetCss}
        </style>
        {children}
      </Element>
    </ThemeContext.Provider>
  );
}
