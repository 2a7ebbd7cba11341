// @vitest-environment jsdom
import { createMockAdapter } from '@learnlens/mock';
import { cleanup } from '@testing-library/react';
import { de } from 'date-fns/locale/de';
import type { ReactElement } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { messagesDe } from '../i18n/locales/de.js';
import { en } from '../i18n/messages.js';
import type { Message } from '../i18n/translate.js';
import { renderWithLearnlens } from '../test-fixtures/render.js';
import { AdminView } from './admin-view/AdminView.js';
import { LearnerView } from './learner-view/LearnerView.js';
import { ManagerView } from './manager-view/ManagerView.js';
import { datasetNow, teamsOf, viewDataset, viewerWith, waitForReady } from './test-fixtures/viewFixtures.js';

// The acceptance check: with locale=de no English word shows on any view. "Any English word" is any
// word of the English catalog that the German catalog does not also use (Team, Median, Format, Parquet …)
// and that is not part of the data itself (activity titles, names).

const dataset = viewDataset();
const now = datasetNow(dataset);

const wordsOf = (text: string) => text.match(/[A-Za-zÄÖÜäöüß]{4,}/g) ?? [];
const messageTexts = (m: Message) => (typeof m === 'string' ? [m] : Object.values(m));
const germanWords = new Set(Object.values(messagesDe).flatMap(messageTexts).flatMap(wordsOf).map((w) => w.toLowerCase()));
const dataWords = new Set(
  [...dataset.activities.map((a) => a.title), ...dataset.users.map((u) => u.display_name), ...dataset.teams.map((t) => t.name), ...dataset.orgs.map((o) => o.name)]
    .flatMap(wordsOf)
    .map((w) => w.toLowerCase()),
);
const englishWords = new Set(
  Object.values(en)
    .flatMap(messageTexts)
    .map((text) => text.replace(/\{\w+\}/g, ' '))
    .flatMap(wordsOf)
    .map((w) => w.toLowerCase())
    .filter((w) => !germanWords.has(w) && !dataWords.has(w)),
);

/** Everything a user can read or hear: text, accessible names, titles and placeholders. */
function readable(root: HTMLElement): string {
  const attributes = [...root.querySelectorAll('[aria-label],[title],[placeholder],[aria-valuetext],[aria-roledescription]')].flatMap((el) =>
    ['aria-label', 'title', 'placeholder', 'aria-valuetext', 'aria-roledescription'].map((a) => el.getAttribute(a) ?? ''),
  );
  return [root.textContent ?? '', ...attributes].join('\n');
}

function englishIn(root: HTMLElement): string[] {
  return [...new Set(wordsOf(readable(root)).filter((w) => englishWords.has(w.toLowerCase())))];
}

async function renderGerman(ui: ReactElement, role: 'admin' | 'manager' | 'learner', widgets: readonly string[]) {
  const viewer = viewerWith(dataset, role);
  const view = renderWithLearnlens(ui, { adapter: createMockAdapter({ dataset }), viewer, locale: de, messages: messagesDe });
  await waitForReady(widgets);
  return view.container;
}

afterEach(cleanup);

describe('locale=de', () => {
  it('should give every key of the English catalog a German message', () => {
    expect(Object.keys(messagesDe).sort()).toEqual(Object.keys(en).sort());
  });

  it('should show no English word on the admin view', async () => {
    const viewer = viewerWith(dataset, 'admin');
    const root = await renderGerman(<AdminView now={now} timezone="UTC" teams={teamsOf(dataset, viewer)} animation={false} />, 'admin', [
      'kpi-cards',
      'score-trend',
      'activity-insights',
      'activity-heatmap',
      'recent-attempts',
    ]);
    expect(englishIn(root)).toEqual([]);
    expect(root.textContent).toContain('Überblick über die Organisation');
  });

  it('should show no English word on the manager view', async () => {
    const viewer = viewerWith(dataset, 'manager');
    const root = await renderGerman(<ManagerView now={now} timezone="UTC" teams={teamsOf(dataset, viewer)} animation={false} />, 'manager', [
      'kpi-cards',
      'leaderboard',
      'activity-heatmap',
      'assignment-progress',
    ]);
    expect(englishIn(root)).toEqual([]);
  });

  it('should show no English word on the learner view', async () => {
    const root = await renderGerman(<LearnerView now={now} timezone="UTC" animation={false} />, 'learner', [
      'personal-stats',
      'score-trend',
      'recent-attempts',
    ]);
    expect(englishIn(root)).toEqual([]);
  });
});
