// @vitest-environment jsdom
import { composeStories, setProjectAnnotations } from '@storybook/react-vite';
import { cleanup, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import preview from '../../../../.storybook/preview.js';
import * as adminView from '../../../../stories/views/AdminView.stories.js';
import * as filterBar from '../../../../stories/views/FilterBar.stories.js';
import * as learnerView from '../../../../stories/views/LearnerView.stories.js';
import * as managerView from '../../../../stories/views/ManagerView.stories.js';
import * as tutorView from '../../../../stories/views/TutorView.stories.js';

// The view stories, run as tests: each state shows in every widget of the view, a failing query stays in
// its own widget, and the cross-filter interaction passes.

setProjectAnnotations([preview]);

const views = {
  AdminView: composeStories(adminView),
  ManagerView: composeStories(managerView),
  LearnerView: composeStories(learnerView),
  TutorView: composeStories(tutorView),
};

type Composed = { run: (context?: { canvasElement?: HTMLElement }) => Promise<void> };

async function run(story: Composed): Promise<HTMLElement> {
  const canvasElement = document.body.appendChild(document.createElement('div'));
  await story.run({ canvasElement });
  return canvasElement;
}

function frames(canvas: HTMLElement): HTMLElement[] {
  return [...canvas.querySelectorAll<HTMLElement>('.ll-view-cell > [data-learnlens-widget]')];
}

describe('view stories', () => {
  afterEach(() => {
    cleanup();
    document.body.innerHTML = '';
  });

  for (const [view, stories] of Object.entries(views)) {
    for (const [name, state] of [['Data', 'ready'], ['Loading', 'loading'], ['Error', 'error'], ['Dark', 'ready']] as const) {
      it(`should show every widget of ${view} ${name} in the ${state} state`, async () => {
        const canvas = await run((stories as Record<string, Composed>)[name]!);
        await waitFor(() => {
          expect(frames(canvas).length).toBeGreaterThan(3);
          for (const frame of frames(canvas)) expect(frame).toHaveAttribute('data-state', state);
        }, { timeout: 20_000 });
        if (name === 'Dark') expect(canvas.querySelector('.ll-view')).toHaveAttribute('data-theme', 'dark');
      });
    }

    it(`should keep ${view}'s other widgets when one query fails`, async () => {
      const canvas = await run((stories as Record<string, Composed>).OneWidgetFails!);
      await waitFor(() => {
        const states = frames(canvas).map((f) => f.getAttribute('data-state'));
        expect(states.filter((s) => s === 'error')).toHaveLength(1);
        expect(states.filter((s) => s !== 'error').every((s) => s === 'ready')).toBe(true);
      }, { timeout: 20_000 });
    });
  }

  it('should show the FilterBar stories with teams for an admin, none for a learner, and the day chip', async () => {
    const bars = composeStories(filterBar);
    const bar = (canvas: HTMLElement) => within(canvas).getByRole('group', { name: 'Dashboard filters' });
    expect(within(bar(await run(bars.Data))).getByLabelText('Team')).toBeInTheDocument();
    cleanup();
    expect(within(bar(await run(bars.Learner))).queryByLabelText('Team')).toBeNull();
    cleanup();
    expect(within(bar(await run(bars.WithDayChip))).getByRole('button', { name: 'Clear the day filter (Oct 12, 2026) and show the whole period again' })).toBeInTheDocument();
  });

  it("should show a tutoring org's LearnerView with accuracy, topics and pace, every widget ready", async () => {
    const canvas = await run(views.LearnerView.Tutoring as Composed);
    await waitFor(() => {
      const names = frames(canvas).map((f) => f.getAttribute('data-learnlens-widget'));
      expect(names).toEqual(expect.arrayContaining(['accuracy-trend', 'topic-mastery', 'learning-velocity']));
      expect(names).not.toContain('leaderboard');
      for (const frame of frames(canvas)) expect(frame).toHaveAttribute('data-state', 'ready');
    }, { timeout: 20_000 });
  });

  it('should pass the AdminView cross-filter interaction', async () => {
    await run(views.AdminView.CrossFilter);
  });
});
