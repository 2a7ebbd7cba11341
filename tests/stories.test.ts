// @vitest-environment jsdom
/// <reference types="vite/client" />
import { composeStories, setProjectAnnotations } from '@storybook/react-vite';
import { cleanup, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import preview from '../.storybook/preview.js';
import { messagesDe } from '../packages/ui/src/i18n/locales/de.js';
import * as exportButton from '../stories/ExportButton.stories.js';

// The stories, run as tests: every widget's story file has each standard state, each renders what it claims,
// and every `play` function (sorting, cross-filter click, export flow) passes. Story files are found by name, so
// a widget added later is held to the same states. Stress stories build a 1,000-learner org and are left to
// `storybook build` and the benchmarks.

setProjectAnnotations([preview]);

type StoryModule = Parameters<typeof composeStories>[0];
const files = import.meta.glob<StoryModule>('../stories/*.stories.tsx', { eager: true });

/** Story files that are not a data widget's, and why they have no standard states. */
const notDataWidgets: Record<string, string> = {
  // An action inside other widgets: its states are the export flow's (ExportFlow below), not a query's.
  ExportButton: 'an action, not a data widget',
};

const widgets = Object.fromEntries(
  Object.entries(files)
    .map(([path, module]) => [path.replace(/^.*\/(\w+)\.stories\.tsx$/, '$1'), module] as const)
    .filter(([name]) => !(name in notDataWidgets))
    .map(([name, module]) => [name, composeStories(module)]),
) as Record<string, Record<string, Composed>>;

const expectedState = { Data: 'ready', Loading: 'loading', Empty: 'empty', Error: 'error', Malformed: 'error', Dark: 'ready' } as const;

type Composed = { run: (context?: { canvasElement?: HTMLElement }) => Promise<void>; play?: unknown; args: Record<string, unknown> };

async function run(story: Composed): Promise<HTMLElement> {
  const canvasElement = document.body.appendChild(document.createElement('div'));
  await story.run({ canvasElement });
  return canvasElement;
}

describe('stories', () => {
  afterEach(() => {
    cleanup();
    document.body.innerHTML = '';
  });

  it('should find every widget story file', () => {
    expect(Object.keys(widgets).length).toBeGreaterThanOrEqual(10);
    expect(Object.keys(widgets)).toContain('TeamCompletion');
  });

  for (const [widget, stories] of Object.entries(widgets)) {
    for (const [name, state] of Object.entries(expectedState)) {
      const story = stories[name];
      it(`should show ${widget} ${name} in the ${state} state`, async () => {
        // A missing state is a failure, never a silent skip (issue 10 §7).
        if (!story) throw new Error(`stories/${widget}.stories.tsx has no "${name}" story: every widget shows each of ${Object.keys(expectedState).join(', ')}`);
        const canvas = await run(story);
        await waitFor(() => expect(canvas.querySelector('[data-learnlens-widget]')).toHaveAttribute('data-state', state), {
          timeout: 15_000,
        });
        if (name === 'Dark') expect(canvas.querySelector('[data-learnlens-widget]')).toHaveAttribute('data-theme', 'dark');
      });
    }
    // Widgets with a locale story (the tutoring ones): their data in German, the title from the German catalog.
    const german = stories.German;
    if (german) {
      it(`should show ${widget} German in the ready state with German words`, async () => {
        const canvas = await run(german);
        await waitFor(() => expect(canvas.querySelector('[data-learnlens-widget]')).toHaveAttribute('data-state', 'ready'), { timeout: 15_000 });
        const title = canvas.querySelector('[data-learnlens-widget] [data-slot=title]')?.textContent;
        expect(Object.values(messagesDe)).toContain(title);
      });
    }
  }

  const interactions: [string, Composed | undefined][] = [
    ['Leaderboard sorting', widgets.Leaderboard?.Sorting],
    ['ActivityInsights sorting', widgets.ActivityInsights?.SortBySpread],
    ['ActivityHeatmap cross-filter click', widgets.ActivityHeatmap?.ClickSelectsADay],
    ['ActivityHeatmap cross-filter keyboard', widgets.ActivityHeatmap?.CrossFilterWithKeyboard],
    ['ExportButton export flow', composeStories(exportButton).ExportFlow],
  ];
  for (const [name, story] of interactions) {
    it(`should pass the ${name} interaction`, async () => {
      if (!story) throw new Error(`the ${name} story is missing`);
      await run(story);
    });
  }
});
