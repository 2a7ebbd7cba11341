// @vitest-environment jsdom
import { createClient } from '@learnlens/data-client';
import { act, type ReactElement } from 'react';
import { version } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LearnlensProvider } from '../provider/LearnlensProvider.js';
import { NOW, people, viewerOf } from '../test-fixtures/dataset.js';
import { smallAdapter, testQueryClient } from '../test-fixtures/render.js';
import { ActivityHeatmap } from '../widgets/activity-heatmap/ActivityHeatmap.js';
import { KpiCards } from '../widgets/kpi-cards/KpiCards.js';
import { Leaderboard } from '../widgets/leaderboard/Leaderboard.js';

// Runs under both Reacts (`vitest run` and `vitest run -c vitest.react18.config.ts`).
// Issue 10 §5: React 18 server rendering wrote no widget styles (the sheet went to <head> from an effect, which
// never runs on the server), so server HTML painted unstyled until hydration.

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  document.head.innerHTML = '';
  document.body.innerHTML = '';
});

function page(): ReactElement {
  const client = createClient({ adapter: smallAdapter() });
  return (
    <LearnlensProvider client={client} viewer={viewerOf(people.admin)} queryClient={testQueryClient()} retry={false}>
      <KpiCards params={{ now: NOW }} />
      <Leaderboard params={{ period: 'month', now: NOW }} />
      <Leaderboard params={{ period: 'week', now: NOW }} />
      <ActivityHeatmap params={{ now: NOW }} />
    </LearnlensProvider>
  );
}

// As on a server: no document while rendering.
function serverHtml(ui: ReactElement): string {
  vi.stubGlobal('document', undefined);
  try {
    return renderToString(ui);
  } finally {
    vi.unstubAllGlobals();
  }
}

const count = (text: string, part: string) => text.split(part).length - 1;

describe(`server rendering on React ${version}`, () => {
  it('should write each widget stylesheet into the HTML exactly once', () => {
    const html = serverHtml(page());
    expect(html).toContain('data-learnlens-widget="kpi-cards"');
    // `.ll-frame{` opens a rule of the shared widget sheet.
    expect(count(html, '.ll-frame{')).toBe(1);
    expect(html).toMatch(/<style[^>]*learnlens-ui-widgets[^>]*>/);
  });

  it('should hydrate the server HTML without a warning and then keep one sheet in the head', async () => {
    const html = serverHtml(page());
    const container = document.createElement('div');
    container.innerHTML = html;
    document.body.appendChild(container);
    // Testing Library is not used here, so tell React that `act` is in charge.
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
    const errors = vi.spyOn(console, 'error');
    let root: ReturnType<typeof hydrateRoot> | undefined;
    await act(async () => {
      root = hydrateRoot(container, page());
    });
    expect(errors.mock.calls.map((c) => String(c[0]))).toEqual([]);
    expect(container.querySelector('[data-learnlens-writer]')).toBeNull();
    const sheets = [...document.querySelectorAll('style')].filter((s) => s.textContent?.includes('.ll-frame{'));
    expect(sheets).toHaveLength(1);
    // React 19 keeps the sheet it wrote where the server HTML put it; React 18 moves it into <head>.
    if (version.startsWith('18')) expect(sheets[0]!.parentElement).toBe(document.head);
    await act(async () => root?.unmount());
  });
});
