// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithLearnlens } from '../../test-fixtures/render.js';
import { addDays } from '../filter-bar/filterBar.utils.js';
import { datasetNow, filterBar, spyAdapter, viewDataset, viewerWith, waitForReady, widget } from '../test-fixtures/viewFixtures.js';
import { LearnerView } from './LearnerView.js';

const dataset = viewDataset();
const now = datasetNow(dataset);
const today = now.slice(0, 10);
const viewer = viewerWith(dataset, 'learner');
const self = dataset.users.find((u) => u.user_id === viewer.userId)!;
const widgets = ['personal-stats', 'assignment-progress', 'score-trend', 'mastery-trend', 'recent-attempts', 'leaderboard'] as const;
const queries = ['personalStats', 'scoreTrend', 'masteryTrend', 'recentAttempts', 'leaderboard'] as const;

function renderLearner(props: { showLeaderboard?: boolean; failing?: 'masteryTrend' } = {}) {
  const spy = spyAdapter(dataset, props.failing);
  const view = renderWithLearnlens(
    <LearnerView now={now} timezone="UTC" animation={false} showLeaderboard={props.showLeaderboard} />,
    { adapter: spy.adapter, viewer },
  );
  return { ...spy, ...view };
}

describe('LearnerView', () => {
  it("should show the learner's stats, scores, mastery, attempts, assignments and a leaderboard", async () => {
    const { requests } = renderLearner();
    await waitForReady(widgets);
    expect(screen.getByRole('region', { name: 'Your learning' })).toBeInTheDocument();
    expect(within(widget('personal-stats')).getByText('Attempts this week')).toBeInTheDocument();
    expect(requests('masteryTrend').at(-1)?.params.userIds).toEqual([viewer.userId]);
    // The seed's "last 5 attempts".
    expect(within(widget('recent-attempts')).getAllByRole('row').length).toBeLessThanOrEqual(6);
    const assignments = widget('assignment-progress');
    expect(within(assignments).getByRole('heading', { name: 'Your assignments' })).toBeInTheDocument();
    expect(within(assignments).getAllByText(/Required|Optional/).length).toBeGreaterThan(0);
    expect(within(widget('leaderboard')).getAllByText(/^Learner [0-9A-Z]{6}$/).length).toBeGreaterThan(0);
    // A learner has no team to pick.
    expect(within(filterBar()).queryByLabelText('Team')).toBeNull();
  });

  it("should never put another learner's name in the page", async () => {
    const { container } = renderLearner();
    await waitForReady(widgets);
    expect(within(widget('leaderboard')).getAllByRole('row').length).toBeGreaterThan(2);
    // Text and attributes (aria-labels, titles) alike.
    const page = `${container.ownerDocument.body.textContent ?? ''}\n${container.ownerDocument.body.innerHTML}`;
    const others = dataset.users.filter((u) => u.user_id !== self.user_id && u.display_name !== self.display_name);
    expect(others.length).toBeGreaterThan(10);
    expect(others.filter((u) => page.includes(u.display_name)).map((u) => u.display_name)).toEqual([]);
  });

  it('should hide the leaderboard when the host turns it off', async () => {
    const { requests } = renderLearner({ showLeaderboard: false });
    await waitForReady(widgets.filter((w) => w !== 'leaderboard'));
    expect(document.querySelector('[data-learnlens-widget=leaderboard]')).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Leaderboard' })).toBeNull();
    expect(requests('leaderboard')).toHaveLength(0);
  });

  it('should re-query every widget with the period and activity chosen in the filter bar', async () => {
    const user = userEvent.setup();
    const { requests } = renderLearner();
    await waitForReady(widgets);
    const bar = filterBar();

    await user.selectOptions(within(bar).getByLabelText('Period'), 'Last 90 days');
    const from = addDays(today, -89);
    await waitFor(() => {
      for (const name of [...queries, 'assignmentProgress'] as const) {
        expect(requests(name).at(-1)?.params).toMatchObject({ from, timezone: 'UTC', now });
      }
    });

    const activity = within(bar).getAllByRole('option').find((o) => o.getAttribute('value')?.startsWith('act-'))!;
    await user.selectOptions(within(bar).getByLabelText('Activity'), activity);
    const activityIds = [activity.getAttribute('value')!];
    await waitFor(() => {
      for (const name of [...queries, 'assignmentProgress'] as const) {
        expect(requests(name).at(-1)?.params).toMatchObject({ from, activityIds });
      }
    });
  });

  it('should keep the other widgets when the mastery query fails, with Retry on the mastery trend', async () => {
    renderLearner({ failing: 'masteryTrend' });
    await waitForReady(widgets.filter((w) => w !== 'mastery-trend'));
    const mastery = widget('mastery-trend');
    await waitFor(() => expect(mastery).toHaveAttribute('data-state', 'error'));
    expect(within(mastery).getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });

  it("should pass the host's View feedback and Start actions to the attempts and assignments, and show none without them", async () => {
    const user = userEvent.setup();
    const onViewFeedback = vi.fn();
    const onStartAssignment = vi.fn();
    const spy = spyAdapter(dataset);
    const view = renderWithLearnlens(<LearnerView now={now} timezone="UTC" animation={false} />, { adapter: spy.adapter, viewer });
    await waitForReady(widgets);
    expect(screen.queryByRole('button', { name: /^View feedback/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Start / })).toBeNull();

    view.rerender(
      <LearnerView now={now} timezone="UTC" animation={false} onViewFeedback={onViewFeedback} onStartAssignment={onStartAssignment} />,
    );
    const feedback = await within(widget('recent-attempts')).findAllByRole('button', { name: /^View feedback on / });
    await user.click(feedback[0]!);
    const page = (await spy.adapter.run(spy.requests('recentAttempts').at(-1)!)).result as { rows: { attemptId: string }[] };
    expect(onViewFeedback).toHaveBeenCalledWith(page.rows[0]!.attemptId);
    const start = await within(widget('assignment-progress')).findAllByRole('button', { name: /^Start / });
    await user.click(start[0]!);
    const assignments = (await spy.adapter.run(spy.requests('assignmentProgress').at(-1)!)).result as { rows: { assignmentId: string }[] };
    expect(onStartAssignment).toHaveBeenCalledWith(assignments.rows[0]!.assignmentId);
  });
});
