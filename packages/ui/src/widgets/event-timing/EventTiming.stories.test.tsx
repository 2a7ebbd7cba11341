// @vitest-environment jsdom
import { composeStories, setProjectAnnotations } from '@storybook/react-vite';
import { cleanup, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import preview from '../../../../../.storybook/preview.js';
import * as stories from '../../../../../stories/EventTiming.stories.js';

// The widget's stories run as tests: each shows the state it is named for.

setProjectAnnotations([preview]);
const composed = composeStories(stories);

async function frameOf(name: keyof typeof composed): Promise<HTMLElement> {
  const canvasElement = document.body.appendChild(document.createElement('div'));
  await composed[name].run({ canvasElement });
  const frame = canvasElement.querySelector<HTMLElement>('[data-learnlens-widget="event-timing"]');
  expect(frame).not.toBeNull();
  return frame!;
}

describe('EventTiming stories', () => {
  afterEach(() => {
    cleanup();
    document.body.innerHTML = '';
  });

  it.each([
    ['Data', 'ready'],
    ['Table', 'ready'],
    ['AsLearner', 'ready'],
    ['Loading', 'loading'],
    ['Empty', 'empty'],
    ['Error', 'error'],
    ['Malformed', 'error'],
    ['Dark', 'ready'],
    ['German', 'ready'],
  ] as const)('should show the %s story in the %s state', async (name, state) => {
    const frame = await frameOf(name);
    await waitFor(() => expect(frame).toHaveAttribute('data-state', state), { timeout: 20_000 });
    if (name === 'Table') expect(frame.textContent).toContain('Filler words');
    if (name === 'German') expect(frame.textContent).toContain('Füllwörter');
    if (name === 'Dark') expect(frame).toHaveAttribute('data-theme', 'dark');
    if (name === 'Error') expect([...frame.querySelectorAll('button')].map((b) => b.textContent)).toContain('Retry');
  }, 30_000);
});
