// @vitest-environment jsdom
/// <reference types="vite/client" />
import { composeStories, setProjectAnnotations } from '@storybook/react-vite';
import { cleanup, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import preview from '../.storybook/preview.js';
import * as activityDetail from '../stories/ActivityDetail.stories.js';

// Issue 10 §4: a German story showed English dates ("Oct 31, 2026") because the German catalog reached the provider
// without the German date locale. Every story named German* must format dates the German way, in every widget.

setProjectAnnotations([preview]);

type StoryModule = Parameters<typeof composeStories>[0];
type Composed = { run: (context?: { canvasElement?: HTMLElement }) => Promise<void> };
const files = import.meta.glob<StoryModule>('../stories/**/*.stories.tsx', { eager: true });

const germanStories = Object.entries(files).flatMap(([path, module]) =>
  Object.entries(composeStories(module) as Record<string, Composed>)
    .filter(([name]) => /^German/.test(name))
    .map(([name, story]) => [`${path.replace(/^.*\/(\w+)\.stories\.tsx$/, '$1')} ${name}`, story] as const),
);

// date-fns' English and German month abbreviations as its "PP", "PPp" and "MMM d" patterns print them.
const englishDate = /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{1,2}\b/;
const germanDate = /\b\d{1,2}\. (Jan|Feb|März|Apr|Mai|Juni|Juli|Aug|Sept|Okt|Nov|Dez)\b|\b\d{2}\.\d{2}\.\d{4}\b/;

describe('German stories', () => {
  afterEach(() => {
    cleanup();
    document.body.innerHTML = '';
  });

  it('should find the German stories', () => {
    expect(germanStories.length).toBeGreaterThanOrEqual(5);
  });

  for (const [name, story] of germanStories) {
    it(`should show ${name} with German dates only`, async () => {
      const canvas = document.body.appendChild(document.createElement('div'));
      await story.run({ canvasElement: canvas });
      await waitFor(
        () => {
          const widgets = [...canvas.querySelectorAll('[data-learnlens-widget]')];
          expect(widgets.length).toBeGreaterThan(0);
          for (const w of widgets) expect(w.getAttribute('data-state')).not.toBe('loading');
        },
        { timeout: 20_000 },
      );
      const text = canvas.textContent ?? '';
      expect(text).not.toMatch(englishDate);
    }, 30_000);
  }

  it('should print a German date in the activity detail German story (its per-day table)', async () => {
    const story = germanStories.find(([name]) => name === 'ActivityDetail German')?.[1];
    expect(story).toBeDefined();
    const canvas = document.body.appendChild(document.createElement('div'));
    await story!.run({ canvasElement: canvas });
    await waitFor(() => expect(canvas.querySelector('[data-learnlens-widget]')).toHaveAttribute('data-state', 'ready'), { timeout: 20_000 });
    expect(canvas.textContent).toMatch(germanDate);
  }, 30_000);

  it('should print French dates and words in a story when the toolbar Language is French', async () => {
    const { Data } = composeStories(activityDetail, { initialGlobals: { locale: 'fr' } }) as unknown as Record<string, Composed>;
    const canvas = document.body.appendChild(document.createElement('div'));
    await Data!.run({ canvasElement: canvas });
    await waitFor(() => expect(canvas.querySelector('[data-learnlens-widget]')).toHaveAttribute('data-state', 'ready'), { timeout: 20_000 });
    const text = canvas.textContent ?? '';
    expect(text).not.toMatch(englishDate);
    expect(text).toMatch(/\b\d{1,2} (janv|févr|mars|avr|mai|juin|juil|août|sept|oct|nov|déc)\.?/);
  }, 30_000);
});
