'use client';
import { forwardRef, useContext, useMemo, type CSSProperties, type HTMLAttributes, type ReactNode, type Ref } from 'react';
import { LearnlensContext } from '../provider/learnlensContext.js';
import { HoistedStyle } from './HoistedStyle.js';
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
  /** The widget. */
  children?: ReactNode;
}

/**
 * A widget's own wrapper element. It carries the theme as CSS variables in its inline style, so a widget
 * never touches `:root` or the host's elements, and a host can restyle it through `[data-learnlens-widget]`.
 */
// forwardRef rather than a `ref` prop: React 18 hosts do not pass refs to function components.
export const ThemeScope = forwardRef<HTMLElement, ThemeScopeProps>(function ThemeScope(
  { widget, theme, tokens, as: Element = 'section', style, children, ...rest },
  ref,
) {
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
        <HoistedStyle id="learnlens-ui-widgets" css={widgetCss} />
        {children}
      </Element>
    </ThemeContext.Provider>
  );
});
