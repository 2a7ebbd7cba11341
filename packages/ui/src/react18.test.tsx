// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import { version } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NOW } from './test-fixtures/dataset.js';
import { renderWithLearnlens } from './test-fixtures/render.js';
import { ExportButton } from './widgets/export-button/ExportButton.js';
import { KpiCards } from './widgets/kpi-cards/KpiCards.js';
import { Leaderboard } from './widgets/leaderboard/Leaderboard.js';

// Runs under both Reacts: `vitest run` (React 19) and `vitest run -c vitest.react18.config.ts` (React 18).
// Issue 10: on React 18, "Function components cannot be given refs" (ThemeScope, ExportButtonView) and one
// stylesheet copy per widget.

afterEach(() => vi.restoreAllMocks());

describe(`widgets on React ${version}`, () => {
  it('should render without a warning and share one copy of each stylesheet', async () => {
    const errors = vi.spyOn(console, 'error');
    const warnings = vi.spyOn(console, 'warn');
    renderWithLearnlens(
      <>
        <KpiCards params={{ now: NOW }} />
        <Leaderboard params={{ period: 'month', now: NOW }} />
        <Leaderboard params={{ period: 'week', now: NOW }} />
        <ExportButton params={{ now: NOW }} />
      </>,
    );
    await screen.findAllByRole('table');
    await screen.findByText('Overview');
    expect(errors.mock.calls.map((c) => String(c[0]))).toEqual([]);
    expect(warnings.mock.calls.map((c) => String(c[0]))).toEqual([]);
    const sheets = [...document.querySelectorAll('style')].filter((s) => s.textContent?.includes('[data-learnlens-widget]'));
    const widgetSheets = sheets.filter((s) => s.textContent?.includes('.ll-frame'));
    expect(widgetSheets).toHaveLength(1);
    expect(widgetSheets[0]!.parentElement).toBe(document.head);
  });
});
