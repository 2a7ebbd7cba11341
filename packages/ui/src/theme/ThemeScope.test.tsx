// @vitest-environment jsdom
import { render, renderHook, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { NOW } from '../test-fixtures/dataset.js';
import { renderWithLearnlens } from '../test-fixtures/render.js';
import { KpiCards } from '../widgets/kpi-cards/KpiCards.js';
import { ThemeScope } from './ThemeScope.js';
import { ThemeContext } from './themeContext.js';
import { darkTokens, lightTokens, resolveTokens, tokenVariable } from './tokens.js';
import { useChartPalette } from './useChartPalette.js';

describe('ThemeScope', () => {
  it('should write the theme as CSS variables on the widget own element, never on :root', () => {
    render(
      <ThemeScope widget="demo" theme="dark">
        content
      </ThemeScope>,
    );
    const scope = screen.getByText('content');
    expect(scope).toHaveAttribute('data-learnlens-widget', 'demo');
    expect(scope).toHaveAttribute('data-theme', 'dark');
    expect(scope.style.getPropertyValue('--ll-background')).toBe(darkTokens.background);
    expect(scope.style.getPropertyValue('--ll-chart-1')).toBe(darkTokens.chart1);
    expect(document.documentElement.getAttribute('style')).toBeNull();
    expect(document.body.getAttribute('style')).toBeNull();
  });

  it('should scope every rule of its stylesheet under [data-learnlens-widget]', () => {
    render(<ThemeScope widget="demo">content</ThemeScope>);
    const css = Array.from(document.querySelectorAll('style'), (s) => s.textContent ?? '').join('\n');
    const selectors = css
      .replace(/@keyframes[^{]*\{(?:[^{}]*\{[^}]*\})*[^}]*\}/g, '')
      .replace(/@(media|container)[^{]*\{/g, '')
      .split('}')
      .map((rule) => rule.split('{')[0]!.trim())
      .filter(Boolean);
    expect(selectors.length).toBeGreaterThan(10);
    // Split a selector list only at its top-level commas: `:is(th,td)` is one selector.
    for (const selector of selectors.flatMap((s) => s.split(/,(?![^(]*\))/))) {
      expect(selector.trim()).toMatch(/^\[data-learnlens-widget\]/);
    }
  });

  it('should follow the provider theme and let one widget override it', async () => {
    renderWithLearnlens(
      <>
        <KpiCards params={{ now: NOW }} title="Dark cards" />
        <KpiCards params={{ now: NOW }} title="Light cards" theme="light" />
      </>,
      { theme: 'dark', tokens: { primary: '#ff0066' } },
    );
    const dark = (await screen.findByRole('heading', { name: 'Dark cards' })).closest('[data-learnlens-widget]') as HTMLElement;
    const light = screen.getByRole('heading', { name: 'Light cards' }).closest('[data-learnlens-widget]') as HTMLElement;
    expect(dark).toHaveAttribute('data-theme', 'dark');
    expect(dark.style.getPropertyValue('--ll-primary')).toBe('#ff0066');
    expect(light).toHaveAttribute('data-theme', 'light');
    expect(light.style.getPropertyValue('--ll-background')).toBe(lightTokens.background);
  });
});

describe('useChartPalette', () => {
  it('should give echarts the same colours as the scope variables', () => {
    const wrapper = ({ children }: { children: ReactNode }) => (
      <ThemeContext.Provider value={{ mode: 'dark', tokens: resolveTokens('dark') }}>{children}</ThemeContext.Provider>
    );
    const { result } = renderHook(() => useChartPalette(), { wrapper });
    expect(result.current.series).toEqual([darkTokens.chart1, darkTokens.chart2, darkTokens.chart3, darkTokens.chart4, darkTokens.chart5]);
    expect(result.current.mode).toBe('dark');
  });

  it('should name variables the shadcn way', () => {
    expect(tokenVariable('mutedForeground')).toBe('--ll-muted-foreground');
    expect(tokenVariable('chart3')).toBe('--ll-chart-3');
  });
});
