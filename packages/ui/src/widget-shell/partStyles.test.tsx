// @vitest-environment jsdom
import { waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { chartCss } from '../charts/chartStyles.js';
import { NOW } from '../test-fixtures/dataset.js';
import { renderWithLearnlens } from '../test-fixtures/render.js';
import { widgetCss } from '../theme/styles.js';
import { exportCss } from '../widgets/export-button/exportStyles.js';
import { ExportButton } from '../widgets/export-button/ExportButton.js';
import { KpiCards } from '../widgets/kpi-cards/KpiCards.js';
import { Leaderboard } from '../widgets/leaderboard/Leaderboard.js';
import { RecentAttempts } from '../widgets/recent-attempts/RecentAttempts.js';
import { ScoreTrend } from '../widgets/score-trend/ScoreTrend.js';
import { TeamPerformance } from '../widgets/team-performance/TeamPerformance.js';
import { actionCss, alertCss, changeCss, controlCss, kpiCss, progressCss, rowCss } from './partStyles.js';
import { cardsSkeletonCss } from './states.js';

// Issue 9 §5: the rules of parts only some widgets have left the shared sheet, so a host bundling chart widgets does
// not carry them. Each part's sheet must still reach the page with every widget that has the part.

const sheets = () => Array.from(document.querySelectorAll('style'), (s) => s.textContent ?? '');
const has = (css: string) => sheets().some((text) => text.includes(css.trim()));

async function ready(container: HTMLElement, widget: string) {
  await waitFor(() => expect(container.querySelector(`[data-learnlens-widget=${widget}]`)).toHaveAttribute('data-state', 'ready'));
}

describe('part stylesheets', () => {
  // First: React keeps a hoisted sheet in the document after its widget unmounts.
  it('should leave every part sheet out of a page with only a chart widget', async () => {
    const { container, unmount } = renderWithLearnlens(<ScoreTrend params={{ now: NOW }} animation={false} />);
    await ready(container, 'score-trend');
    expect(has(widgetCss)).toBe(true);
    expect(has(chartCss)).toBe(true);
    for (const css of [controlCss, kpiCss, changeCss, alertCss, progressCss, rowCss, actionCss, cardsSkeletonCss, exportCss]) expect(has(css)).toBe(false);
    unmount();
  });

  it('should bring the KPI and change sheets with KPI cards and team performance, the progress sheet with the bars', async () => {
    const cards = renderWithLearnlens(<KpiCards params={{ now: NOW }} />);
    await ready(cards.container, 'kpi-cards');
    expect(has(kpiCss)).toBe(true);
    expect(has(changeCss)).toBe(true);
    expect(has(progressCss)).toBe(false);
    cards.unmount();
    const teams = renderWithLearnlens(<TeamPerformance params={{ now: NOW }} />);
    await ready(teams.container, 'team-performance');
    expect(has(progressCss)).toBe(true);
    teams.unmount();
  });

  it('should bring the controls sheet with a widget toolbar and the change sheet with leaderboard movements', async () => {
    const attempts = renderWithLearnlens(<RecentAttempts params={{ now: NOW }} />);
    await ready(attempts.container, 'recent-attempts');
    expect(has(controlCss)).toBe(true);
    // Its activity names are cut short (ll-truncate) and a learner's own attempts are marked (data-self).
    expect(has(rowCss)).toBe(true);
    attempts.unmount();
    const board = renderWithLearnlens(<Leaderboard params={{ period: 'month', now: NOW }} />);
    await ready(board.container, 'leaderboard');
    expect(has(changeCss)).toBe(true);
    board.unmount();
  });

  it('should bring the export, alert and primary-button sheets with the export button', async () => {
    const { unmount } = renderWithLearnlens(<ExportButton params={{}} />);
    await waitFor(() => expect(has(exportCss)).toBe(true));
    expect(has(alertCss)).toBe(true);
    expect(has(actionCss)).toBe(true);
    unmount();
  });

  it("should bring the cards' placeholder sheet with KPI cards while they load", () => {
    const { container, unmount } = renderWithLearnlens(<KpiCards params={{ now: NOW }} />);
    expect(container.querySelector('[data-slot=skeleton]')).toHaveAttribute('data-kind', 'cards');
    expect(has(cardsSkeletonCss)).toBe(true);
    unmount();
  });

  it('should scope every rule of every part sheet under [data-learnlens-widget]', () => {
    for (const css of [controlCss, kpiCss, changeCss, alertCss, progressCss, rowCss, actionCss, cardsSkeletonCss, exportCss]) {
      const selectors = css
        .split('}')
        .map((rule) => rule.split('{')[0]!.trim())
        .filter(Boolean);
      expect(selectors.length).toBeGreaterThan(0);
      for (const selector of selectors.flatMap((s) => s.split(/,(?![^(]*\))/))) expect(selector.trim()).toMatch(/^\[data-learnlens-widget\]/);
    }
  });
});
