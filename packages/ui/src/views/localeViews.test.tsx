// @vitest-environment jsdom
import { createMockAdapter } from '@learnlens/mock';
import { cleanup } from '@testing-library/react';
import type { Locale } from 'date-fns';
import { ar } from 'date-fns/locale/ar';
import { de } from 'date-fns/locale/de';
import { es } from 'date-fns/locale/es';
import { fr } from 'date-fns/locale/fr';
import { ja } from 'date-fns/locale/ja';
import { getInstanceByDom } from 'echarts/core';
import type { ReactElement } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { messagesAr } from '../i18n/locales/ar.js';
import { messagesDe } from '../i18n/locales/de.js';
import { messagesEs } from '../i18n/locales/es.js';
import { messagesFr } from '../i18n/locales/fr.js';
import { messagesJa } from '../i18n/locales/ja.js';
import { en, type Messages } from '../i18n/messages.js';
import type { Message } from '../i18n/translate.js';
import { renderWithLearnlens } from '../test-fixtures/render.js';
import { AdminView } from './admin-view/AdminView.js';
import { LearnerView } from './learner-view/LearnerView.js';
import { ManagerView } from './manager-view/ManagerView.js';
import { datasetNow, teamsOf, viewDataset, viewerWith, waitForReady } from './test-fixtures/viewFixtures.js';

// The issue's acceptance check, for every shipped language: no English word shows on any view. "An English
// word" is any word of the English catalog that the language's own catalog does not also use (Team, Median,
// Format, Parquet …) and that is not part of the data itself (activity titles, names). Words are runs of Latin
// letters, so a Japanese or Arabic view must show none of the English catalog's words at all.

const dataset = viewDataset();
const now = datasetNow(dataset);

const wordsOf = (text: string) => text.match(/\p{Script=Latin}{4,}/gu) ?? [];
const messageTexts = (m: Message) => (typeof m === 'string' ? [m] : Object.values(m));
const lower = (words: string[]) => words.map((w) => w.toLowerCase());
const dataWords = new Set(
  lower(
    [...dataset.activities.map((a) => a.title), ...dataset.users.map((u) => u.display_name), ...dataset.teams.map((t) => t.name), ...dataset.orgs.map((o) => o.name)].flatMap(
      wordsOf,
    ),
  ),
);
const englishCatalogWords = lower(
  Object.values(en)
    .flatMap(messageTexts)
    .map((text) => text.replace(/\{\w+\}/g, ' '))
    .flatMap(wordsOf),
);

/** Everything a user can read or hear: text, accessible names, titles and placeholders. */
function readable(root: HTMLElement): string {
  const attributes = [...root.querySelectorAll('[aria-label],[title],[placeholder],[aria-valuetext],[aria-roledescription]')].flatMap((el) =>
    ['aria-label', 'title', 'placeholder', 'aria-valuetext', 'aria-roledescription'].map((a) => el.getAttribute(a) ?? ''),
  );
  return [root.textContent ?? '', ...attributes].join('\n');
}

interface Language {
  name: string;
  locale: Locale;
  messages: Messages;
  /** A heading the admin view shows in this language, to prove the catalog is in use at all. */
  adminHeading: string;
  dir: 'ltr' | 'rtl';
}

const languages: Language[] = [
  { name: 'de', locale: de, messages: messagesDe, adminHeading: 'Überblick über die Organisation', dir: 'ltr' },
  { name: 'fr', locale: fr, messages: messagesFr, adminHeading: 'Vue d’ensemble de l’organisation', dir: 'ltr' },
  { name: 'es', locale: es, messages: messagesEs, adminHeading: 'Resumen de la organización', dir: 'ltr' },
  { name: 'ja', locale: ja, messages: messagesJa, adminHeading: '組織の概要', dir: 'ltr' },
  { name: 'ar', locale: ar, messages: messagesAr, adminHeading: 'نظرة عامة على المؤسسة', dir: 'rtl' },
];

afterEach(cleanup);

describe.each(languages)('locale=$name', ({ locale, messages, adminHeading, dir }) => {
  const ownWords = new Set(lower(Object.values(messages).flatMap(messageTexts).flatMap(wordsOf)));
  const englishWords = new Set(englishCatalogWords.filter((w) => !ownWords.has(w) && !dataWords.has(w)));
  const englishIn = (root: HTMLElement) => [...new Set(wordsOf(readable(root)).filter((w) => englishWords.has(w.toLowerCase())))];

  async function renderIn(ui: ReactElement, role: 'admin' | 'manager' | 'learner', widgets: readonly string[]) {
    const viewer = viewerWith(dataset, role);
    const view = renderWithLearnlens(ui, { adapter: createMockAdapter({ dataset }), viewer, locale, messages });
    await waitForReady(widgets);
    return view.container;
  }

  /** Every widget scope says which way its text runs. */
  function expectDirection(root: HTMLElement) {
    const scopes = [...root.querySelectorAll<HTMLElement>('[data-learnlens-widget]')];
    expect(scopes.length).toBeGreaterThan(0);
    expect(new Set(scopes.map((s) => s.getAttribute('dir')))).toEqual(new Set([dir]));
  }

  it('should give every key of the English catalog a message in this language', () => {
    expect(Object.keys(messages).sort()).toEqual(Object.keys(en).sort());
  });

  it('should not copy English: most messages differ from the English ones', () => {
    const same = (Object.keys(en) as (keyof typeof en)[]).filter((k) => JSON.stringify(messages[k]) === JSON.stringify(en[k]));
    // A handful may coincide by nature ("{title}: {detail}", "Median", "Format"); a copied catalog would not.
    expect(same.length).toBeLessThan(12);
  });

  it('should show no English word on the admin view', async () => {
    const viewer = viewerWith(dataset, 'admin');
    const root = await renderIn(<AdminView now={now} timezone="UTC" teams={teamsOf(dataset, viewer)} animation={false} />, 'admin', [
      'kpi-cards',
      'score-trend',
      'activity-insights',
      'activity-heatmap',
      'recent-attempts',
    ]);
    expect(englishIn(root)).toEqual([]);
    expect(root.textContent).toContain(adminHeading);
    expectDirection(root);
    // The score trend's time axis runs from the right in a right-to-left language, its score axis stands there.
    const chart = getInstanceByDom(root.querySelector<HTMLElement>('[data-learnlens-widget="score-trend"] [data-ll-chart]')!)!;
    const option = chart.getOption() as { xAxis: { inverse: boolean }[]; yAxis: { position?: string }[] };
    expect(option.xAxis[0]!.inverse).toBe(dir === 'rtl');
    expect(option.yAxis[0]!.position === 'right').toBe(dir === 'rtl');
  });

  it('should show no English word on the manager view', async () => {
    const viewer = viewerWith(dataset, 'manager');
    const root = await renderIn(<ManagerView now={now} timezone="UTC" teams={teamsOf(dataset, viewer)} animation={false} />, 'manager', [
      'kpi-cards',
      'leaderboard',
      'activity-heatmap',
      'assignment-progress',
    ]);
    expect(englishIn(root)).toEqual([]);
    expectDirection(root);
  });

  it('should show no English word on the learner view', async () => {
    const root = await renderIn(<LearnerView now={now} timezone="UTC" animation={false} />, 'learner', ['personal-stats', 'score-trend', 'recent-attempts']);
    expect(englishIn(root)).toEqual([]);
    expectDirection(root);
  });
});
