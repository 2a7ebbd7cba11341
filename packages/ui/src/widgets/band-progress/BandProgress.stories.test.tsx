// @vitest-environment jsdom
import { composeStories, setProjectAnnotations } from '@storybook/react-vite';
import { cleanup, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import preview from '../../../../../.storybook/preview.js';
import * as stories from '../../../../../stories/BandProgress.stories.js';

// The widget's stories run as tests: each shows the state it is named for.

setProjectAnnotations([preview]);
const composed = composeStories(stories);

async function frameOf(name: keyof typeof composed): Promise<HTMLElement> {
  const canvasElement = document.body.appendChild(document.createElement('div'));
  await composed[name].run({ canvasElement });
  const frame = canvasElement.querySelector<HTMLElement>('[data-learnlens-widget="band-progress"]');
  expect(frame).not.toBeNull();
  return frame!;
}

describe('BandProgress stories', () => {
  afterEach(() => {
    cleanup();
    document.body.innerHTML = '';
  });

  it.each([
    ['Data', 'ready'],
    ['ByTeam', 'ready'],
    ['AsLearner', 'ready'],
    ['NoBands', 'empty'],
    ['Loading', 'loading'],
    ['Empty', 'empty'],
    ['Error', 'error'],
    ['Malformed', 'error'],
    ['Dark', 'ready'],
    ['German', 'ready'],
  ] as const)('should show the %s story in the %s state', async (name, state) => {
    const frame = await frameOf(name);
    await waitFor(() => expect(frame).toHaveAttribute('data-state', state), { timeout: 20_000 });
    if (name === 'Data') expect(frame.querySelectorAll('[data-slot="row"]').length).toBeGreaterThan(1);
    if (name === 'ByTeam') expect(frame.textContent).toMatch(/Cohort /);
    if (name === 'AsLearner') expect(frame.querySelector('table')).toBeNull();
    if (name === 'German') expect(frame.textContent).toContain('Gesamt-Band');
    if (name === 'Dark') expect(frame).toHaveAttribute('data-theme', 'dark');
    if (name === 'Error') expect(frame.querySelector('button')?.textContent).toBe('Retry');
  }, 30_000);
});
