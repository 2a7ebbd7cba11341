// @vitest-environment jsdom
import { composeStories, setProjectAnnotations } from '@storybook/react-vite';
import { cleanup, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import preview from '../.storybook/preview.js';
import * as activityHeatmap from '../stories/ActivityHeatmap.stories.js';
import * as activityInsights from '../stories/ActivityInsights.stories.js';
import * as assignmentProgress from '../stories/AssignmentProgress.stories.js';
import * as exportButton from '../stories/ExportButton.stories.js';
import * as kpiCards from '../stories/KpiCards.stories.js';
import * as leaderboard from '../stories/Leaderboard.stories.js';
import * as masteryTrend from '../stories/MasteryTrend.stories.js';
import * as personalStats from '../stories/PersonalStats.stories.js';
import * as recentAttempts from '../stories/RecentAttempts.stories.js';
import * as scoreTrend from '../stories/ScoreTrend.stories.js';

// The stories, run as tests: every widget's standard states render what they claim, and every `play`
// function (sorting, cross-filter click, export flow) passes. Stress stories build a 1,000-learner org and
// are left to `storybook build` and the benchmarks.

setProjectAnnotations([preview]);

const widgets = {
  ActivityHeatmap: composeStories(activityHeatmap),
  ActivityInsights: composeStories(activityInsights),
  AssignmentProgress: composeStories(assignmentProgress),
  KpiCards: composeStories(kpiCards),
  Leaderboard: composeStories(leaderboard),
  MasteryTrend: composeStories(masteryTrend),
  PersonalStats: composeStories(personalStats),
  RecentAttempts: composeStories(recentAttempts),
  ScoreTrend: composeStories(scoreTrend),
};

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

  for (const [widget, stories] of Object.entries(widgets)) {
    for (const [name, state] of Object.entries(expectedState)) {
      const story = (stories as Record<string, Composed | undefined>)[name];
      if (!story) continue;
      it(`should show ${widget} ${name} in the ${state} state`, async () => {
        const canvas = await run(story);
        await waitFor(() => expect(canvas.querySelector('[data-learnlens-widget]')).toHaveAttribute('data-state', state), {
          timeout: 15_000,
        });
        if (name === 'Dark') expect(canvas.querySelector('[data-learnlens-widget]')).toHaveAttribute('data-theme', 'dark');
      });
    }
  }

  const interactions: [string, Composed][] = [
    ['Leaderboard sorting', widgets.Leaderboard.Sorting],
    ['ActivityInsights sorting', widgets.ActivityInsights.SortBySpread],
    ['ActivityHeatmap cross-filter click', widgets.ActivityHeatmap.ClickSelectsADay],
    ['ActivityHeatmap cross-filter keyboard', widgets.ActivityHeatmap.CrossFilterWithKeyboard],
    ['ExportButton export flow', composeStories(exportButton).ExportFlow],
  ];
  for (const [name, story] of interactions) {
    it(`should pass the ${name} interaction`, async () => {
      await run(story);
    });
  }
});
