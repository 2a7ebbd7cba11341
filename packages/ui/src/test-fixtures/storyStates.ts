import { composeStories, setProjectAnnotations } from '@storybook/react-vite';
import { cleanup, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import preview from '../../../../.storybook/preview.js';
import type { WidgetState } from '../widget-shell/WidgetFrame.js';

/** A story file's module, as `import * as stories from '…stories.js'` gives it. */
export type StoryModule = Parameters<typeof composeStories>[0];

/** The states every data widget's story file shows, by story name (issue 10 §7). */
export const standardStoryStates = {
  Data: 'ready',
  Loading: 'loading',
  Empty: 'empty',
  Error: 'error',
  Malformed: 'error',
  Dark: 'ready',
  German: 'ready',
} as const satisfies Record<string, WidgetState>;

/** What `describeStoryStates` checks besides the standard states. */
export interface StoryStateOptions {
  /** The widget's `data-learnlens-widget` name, e.g. "event-timing". */
  widget: string;
  /** The state of each story beyond the standard ones (every story of the file must have one). */
  states?: Record<string, WidgetState>;
  /** Further checks of a story's frame once it shows its state, by story name. */
  checks?: Record<string, (frame: HTMLElement) => void>;
  /** Stories not run here, each with the reason (a 1,000-learner stress org is left to `storybook build`). */
  notRun?: Record<string, string>;
}

type Composed = { run: (context?: { canvasElement?: HTMLElement }) => Promise<void> };

/** Renders a composed story (decorators, loaders, play) into a fresh element of the page and returns that element. */
export async function runStory(story: Composed): Promise<HTMLElement> {
  const canvasElement = document.body.appendChild(document.createElement('div'));
  await story.run({ canvasElement });
  return canvasElement;
}

/**
 * The widget's stories run as tests: every standard state is there, every story shows the state it is named for
 * (a story meant to show data fails when it shows an error), the dark one is dark and the error one offers Retry.
 */
export function describeStoryStates(stories: StoryModule, { widget, states = {}, checks = {}, notRun = {} }: StoryStateOptions): void {
  setProjectAnnotations([preview]);
  const composed = composeStories(stories) as Record<string, Composed>;
  const expected: Record<string, WidgetState> = { ...standardStoryStates, ...states };

  describe(`${widget} stories`, () => {
    afterEach(() => {
      cleanup();
      document.body.innerHTML = '';
    });

    it('should have a state for every story and a story for every standard state', () => {
      expect(Object.keys(composed).filter((name) => !(name in expected) && !(name in notRun)), 'stories without an expected state').toEqual([]);
      expect(Object.keys(expected).filter((name) => !(name in composed)), 'states without a story').toEqual([]);
    });

    it.each(Object.entries(expected))('should show the %s story in the %s state', async (name, state) => {
      const story = composed[name];
      if (!story) throw new Error(`the ${widget} stories have no "${name}" story`);
      const canvas = await runStory(story);
      const frame = canvas.querySelector<HTMLElement>(`[data-learnlens-widget="${widget}"]`);
      expect(frame).not.toBeNull();
      await waitFor(() => expect(frame).toHaveAttribute('data-state', state), { timeout: 20_000 });
      if (name === 'Dark') expect(frame).toHaveAttribute('data-theme', 'dark');
      if (name === 'Error') expect([...frame!.querySelectorAll('button')].map((b) => b.textContent)).toContain('Retry');
      checks[name]?.(frame!);
    }, 30_000);
  });
}
