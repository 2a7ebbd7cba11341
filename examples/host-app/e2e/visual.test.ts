// Issue 10 §3's guards, in Debian's Chromium: every view of the demo (each persona the viewer switcher offers,
// and the embed page) at 1280 and 390 px, light and dark, is walked for clipped text and overflow
// (layoutWalk.ts) and compared with its committed baseline picture (visualBaseline.ts). The data is pinned
// (seed, last day, pseudonym salt) and all text is drawn in DejaVu Sans, so the pictures are the same on
// every machine and every day. `pnpm run test:baselines` accepts a deliberate change.
import { ar } from 'date-fns/locale/ar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { personaIds } from '../src/backend/protocol.js';
import { layoutProblems, type LayoutProblem } from './layoutWalk.js';
import { appUrl, openPage, startHostApp, waitForWidgets, type HostApp } from './support.js';
import { compareWithBaseline } from './visualBaseline.js';

/** What pins the data: the demo reads these from the URL. */
const pinned = { seed: 1, end: '2026-11-01', pseudonymSalt: 'visual-baseline', animation: 0 } as const;

/** Every page of the demo: a dashboard per persona, and the embed page. New personas are covered as they appear. */
const views: { name: string; params: Record<string, string> }[] = [
  ...personaIds.map((viewer) => ({ name: viewer, params: { viewer } })),
  { name: 'embed', params: { page: 'embed' } },
];
const widths = [1280, 390] as const;
const themes = ['light', 'dark'] as const;

let app: HostApp;

beforeAll(async () => {
  app = await startHostApp();
}, 120_000);

afterAll(async () => {
  await app?.close();
});

/** Hides, for the pictures only, the mock's generation time: it is the one thing on a page that is not pinned. */
const unpinned = '[data-testid=generated-in]{display:none !important}';

const show = (problems: LayoutProblem[]) => problems.map((p) => `${p.kind} in ${p.widget || 'the page'}: ${p.where} — ${p.detail}`);

/** Opens a view, waits for its data, fonts and layout to settle, and returns the page. */
async function openView(params: Record<string, string | number>, width: number) {
  const watched = await openPage(app, { width, height: 900 });
  const { page } = watched;
  await page.goto(appUrl(app, { ...pinned, ...params }));
  await waitForWidgets(page);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  // Charts redraw once their container's final width is known: two frames and a pause let that land.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 250)))));
  return watched;
}

describe.each(views)('the $name view', ({ name, params }) => {
  for (const width of widths) {
    for (const theme of themes) {
      it(`should fit ${width} px ${theme} with nothing clipped, and look like its baseline`, async () => {
        const watched = await openView({ ...params, theme }, width);
        try {
          const { page } = watched;
          expect(show(await layoutProblems(page))).toEqual([]);
          const shot = await page.locator('main').screenshot({
            animations: 'disabled',
            caret: 'hide',
            // Timing of the mock's generation, the one thing on the page that is not pinned, is left out (a mask
            // would paint a magenta bar over the QA panel in every picture).
            style: unpinned,
          });
          const result = compareWithBaseline(`${name}-${theme}-${width}`, shot);
          expect(result.status === 'match' || result.status === 'updated', result.message).toBe(true);
          expect(watched.errors).toEqual([]);
        } finally {
          await watched.context.close();
        }
      }, 60_000);
    }
  }
});

// German labels run longest of the catalogs; walked (not pictured) so a translation that does not fit fails.
describe.each(personaIds)('the %s view in German', (viewer) => {
  it.each(widths)('should fit %i px with nothing clipped', async (width) => {
    const watched = await openView({ viewer, locale: 'de' }, width);
    try {
      expect(show(await layoutProblems(watched.page))).toEqual([]);
    } finally {
      await watched.context.close();
    }
  }, 60_000);
});

describe('the clipping walk', () => {
  // Proves the walk can fail: a cut label, a column pushed out of its widget and a page made too wide are reported.
  it('should report clipped text, content outside its widget and a page wider than the screen', async () => {
    const watched = await openView({ viewer: 'admin' }, 1280);
    try {
      const { page } = watched;
      await page.evaluate(() => {
        const title = document.querySelector<HTMLElement>('[data-learnlens-widget=leaderboard] [data-slot=title], [data-learnlens-widget] [data-slot=title]')!;
        Object.assign(title.style, { width: '40px', overflow: 'hidden', whiteSpace: 'nowrap', display: 'block' });
        const cell = document.querySelector<HTMLElement>('[data-learnlens-widget=kpi-cards] dd')!;
        Object.assign(cell.style, { width: '3000px', display: 'block' });
      });
      const kinds = new Set((await layoutProblems(page)).map((p) => p.kind));
      expect([...kinds].sort()).toEqual(['clipped-text', 'outside-widget', 'page-overflow', 'widget-overflow']);
    } finally {
      await watched.context.close();
    }
  }, 60_000);
});

// Issue 10 §4: one right-to-left locale lays out mirrored without clipping. Arabic: nothing cut, the filter
// fields and KPI cards start on the right, and the heatmap's weeks run from the right with the weekday names
// on the right (its calendar ran left to right before). Light mode is pictured too.
describe('the admin view in Arabic', () => {
  // The heatmap's weekday labels: the locale's short day names.
  const weekdays = Array.from({ length: 7 }, (_, d) => ar.localize.day(d as 0, { width: 'short' }));

  it.each(widths)('should be mirrored at %i px with nothing clipped, and look like its baseline', async (width) => {
    const watched = await openView({ viewer: 'admin', locale: 'ar' }, width);
    try {
      const { page } = watched;
      expect(show(await layoutProblems(page))).toEqual([]);
      // Pictured before the keyboard puts a focus ring on the heatmap.
      const shot = await page.locator('main').screenshot({ animations: 'disabled', caret: 'hide', style: unpinned });
      const result = compareWithBaseline(`admin-ar-light-${width}`, shot);
      expect(result.status === 'match' || result.status === 'updated', result.message).toBe(true);
      expect(await page.evaluate(() => document.querySelector('[data-learnlens-widget=admin-view]')?.closest('[dir]')?.getAttribute('dir'))).toBe('rtl');

      // Of two neighbours on one row, the first in reading order is on the right.
      const rowPairs = await page.evaluate(() =>
        ['[data-learnlens-widget=filter-bar] .ll-field', '[data-learnlens-widget=kpi-cards] [data-kpi]'].map((selector) => {
          const boxes = [...document.querySelectorAll(selector)].map((e) => e.getBoundingClientRect());
          const pairs: { first: number; second: number }[] = [];
          for (let i = 0; i + 1 < boxes.length; i++) {
            const [a, b] = [boxes[i]!, boxes[i + 1]!];
            // One row: the two boxes overlap vertically (a date input sits a few px higher than a select).
            if (Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > Math.min(a.height, b.height) / 2) pairs.push({ first: a.left, second: b.left });
          }
          return { selector, pairs };
        }),
      );
      const checked = rowPairs.flatMap((r) => r.pairs);
      expect(checked.length).toBeGreaterThan(0);
      for (const { first, second } of checked) expect(first).toBeGreaterThan(second);

      // The heatmap: the keyboard ring on the first day (Home) sits right of the one on the last day (End),
      // and the weekday names stand right of the first day's column.
      const chart = page.locator('[data-learnlens-widget=activity-heatmap] [data-slot=chart]');
      await chart.focus();
      const ringAt = async (key: string) => {
        await page.keyboard.press(key);
        await page.waitForTimeout(150);
        return chart.evaluate((area) => {
          const ring = area.querySelector('svg path[stroke-dasharray]');
          const box = ring?.getBoundingClientRect();
          return box ? { left: box.left, right: box.right } : null;
        });
      };
      const firstDay = await ringAt('Home');
      const lastDay = await ringAt('End');
      expect(firstDay && lastDay).toBeTruthy();
      expect(firstDay!.left).toBeGreaterThan(lastDay!.left);
      const labelLefts = await chart.evaluate(
        (area, names) => [...area.querySelectorAll('svg text')].filter((t) => names.includes(t.textContent ?? '')).map((t) => t.getBoundingClientRect().left),
        weekdays,
      );
      expect(labelLefts.length).toBe(7);
      for (const left of labelLefts) expect(left).toBeGreaterThanOrEqual(firstDay!.right - 1);

      expect(watched.errors).toEqual([]);
    } finally {
      await watched.context.close();
    }
  }, 90_000);
});
