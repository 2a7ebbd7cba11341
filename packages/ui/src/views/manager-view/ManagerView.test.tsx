// @vitest-environment jsdom
import type { QueryResult } from '@learnlens/data-client';
import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithLearnlens } from '../../test-fixtures/render.js';
import { addDays } from '../filter-bar/filterBar.utils.js';
import {
  clickHeatmapDay,
  datasetNow,
  filterBar,
  spyAdapter,
  teamsOf,
  viewDataset,
  viewerWith,
  waitForReady,
  widget,
} from '../test-fixtures/viewFixtures.js';
import { completionSummary } from './managerView.utils.js';
import { ManagerView } from './ManagerView.js';

const dataset = viewDataset();
const now = datasetNow(dataset);
const today = now.slice(0, 10);
const monthStart = `${today.slice(0, 8)}01`;
const viewer = viewerWith(dataset, 'manager');
const teams = teamsOf(dataset, viewer);
const widgets = ['kpi-cards', 'team-completion', 'leaderboard', 'activity-heatmap', 'assignment-progress'] as const;
const filtered = ['orgOverview', 'leaderboard', 'assignmentProgress'] as const;

function renderManager(failing?: 'leaderboard') {
  const spy = spyAdapter(dataset, failing);
  const view = renderWithLearnlens(<ManagerView now={now} timezone="UTC" teams={teams} animation={false} />, {
    adapter: spy.adapter,
    viewer,
  });
  return { ...spy, ...view };
}

describe('ManagerView', () => {
  it("should show the team's KPIs, completion rate, top learners of the month, assignments and heatmap", async () => {
    const { requests, run } = renderManager();
    await waitForReady(widgets);
    expect(screen.getByRole('region', { name: 'Team dashboard' })).toBeInTheDocument();
    expect(within(filterBar()).getByLabelText('Period')).toHaveDisplayValue('This month');
    expect(within(widget('kpi-cards')).getByRole('heading', { name: 'Team overview' })).toBeInTheDocument();

    // This month's top ten, ranked among the manager's own learners.
    expect(requests('leaderboard').at(-1)?.params).toMatchObject({ period: 'range', from: monthStart, to: addDays(today, 1), limit: 10 });
    const board = within(widget('leaderboard'));
    expect(board.getByRole('heading', { name: 'Top 10' })).toBeInTheDocument();
    const ranked = board.getAllByRole('row').length - 1;
    expect(ranked).toBeGreaterThan(0);
    expect(ranked).toBeLessThanOrEqual(10);

    // The completion card and the tracking table share one assignmentProgress query: the month so far and what is upcoming.
    expect(requests('assignmentProgress')).toHaveLength(1);
    expect(requests('assignmentProgress')[0]!.params).toMatchObject({ from: monthStart });
    expect(requests('assignmentProgress')[0]!.params.to).toBeUndefined();
    const call = run.mock.calls.findIndex(([r]) => r.name === 'assignmentProgress');
    const progress = (await run.mock.results[call]!.value).result as QueryResult<'assignmentProgress'>;
    const summary = completionSummary(progress.rows);
    const completion = within(widget('team-completion'));
    expect(completion.getByText(`${summary.completed} of ${summary.assigned} completed`)).toBeInTheDocument();
    expect(completion.getByText(`${Math.round(summary.rate! * 100)}%`)).toBeInTheDocument();

    const tracking = widget('assignment-progress');
    expect(within(tracking).getByRole('heading', { name: 'Assignment tracking' })).toBeInTheDocument();
    const overdue = progress.rows.filter((r) => r.isOverdue).length;
    expect(overdue).toBeGreaterThan(0);
    expect(tracking.querySelectorAll('tr[data-overdue=true]')).toHaveLength(overdue);
    expect(within(tracking).getByRole('status')).toHaveTextContent(/overdue/);
  });

  it("should offer only the manager's own teams", async () => {
    renderManager();
    await waitForReady(['kpi-cards']);
    const options = within(within(filterBar()).getByLabelText('Team')).getAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual(['All teams', ...teams.map((t) => t.name)]);
    expect(teams.length).toBeLessThan(dataset.teams.filter((t) => t.org_id === viewer.orgId).length);
  });

  it('should re-query every widget with the period and activity chosen in the filter bar', async () => {
    const user = userEvent.setup();
    const { requests } = renderManager();
    await waitForReady(widgets);
    const bar = filterBar();

    await user.selectOptions(within(bar).getByLabelText('Period'), 'Last 90 days');
    const from = addDays(today, -89);
    await waitFor(() => {
      for (const name of ['orgOverview', 'leaderboard', 'activityHeatmap', 'assignmentProgress'] as const) {
        expect(requests(name).at(-1)?.params).toMatchObject({ from, timezone: 'UTC', now });
      }
    });

    const activity = within(bar).getAllByRole('option').find((o) => o.getAttribute('value')?.startsWith('act-'))!;
    await user.selectOptions(within(bar).getByLabelText('Activity'), activity);
    const activityIds = [activity.getAttribute('value')!];
    await waitFor(() => {
      for (const name of ['orgOverview', 'leaderboard', 'activityHeatmap', 'assignmentProgress'] as const) {
        expect(requests(name).at(-1)?.params).toMatchObject({ from, activityIds });
      }
    });
  });

  it('should narrow the other widgets to a heatmap day and show it as a removable chip', async () => {
    const user = userEvent.setup();
    const { requests } = renderManager();
    await waitForReady(widgets);
    const day = addDays(today, -2);
    clickHeatmapDay(day);
    const chip = await within(filterBar()).findByRole('button', { name: /Clear the day filter/ });
    await waitFor(() => {
      for (const name of filtered) expect(requests(name).at(-1)?.params).toMatchObject({ from: day, to: addDays(day, 1) });
    });
    await user.click(chip);
    expect(within(filterBar()).queryByRole('button', { name: /Clear the day filter/ })).toBeNull();
    expect(within(filterBar()).getByLabelText('Period')).toHaveDisplayValue('This month');
  });

  it('should keep the other widgets when the leaderboard query fails, with Retry on the leaderboard', async () => {
    renderManager('leaderboard');
    await waitForReady(widgets.filter((w) => w !== 'leaderboard'));
    const board = widget('leaderboard');
    await waitFor(() => expect(board).toHaveAttribute('data-state', 'error'));
    expect(within(board).getByRole('alert')).toBeInTheDocument();
    expect(within(board).getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });
});

describe('ManagerView team performance', () => {
  it("should rank the manager's team among every team, over the completion card's due window", async () => {
    const { requests } = renderManager();
    await waitForReady(['team-performance', 'team-completion']);
    // Every team (no team filter), over the assignments' due window: the month so far and what is upcoming.
    expect(requests('teamComparison').at(-1)?.params).toMatchObject({ from: monthStart });
    expect(requests('teamComparison').at(-1)?.params.teamId).toBeUndefined();
    expect(requests('teamComparison').at(-1)?.params.to).toBeUndefined();
    const card = widget('team-performance');
    expect(within(card).getByText(/^Rank \d+ of \d+$/)).toBeInTheDocument();
    const rate = (name: string) => card.ownerDocument.querySelector(`[data-learnlens-widget="${name}"] [data-kpi="completionRate"] [data-slot="value"]`)!.textContent;
    expect(rate('team-performance')).toBe(rate('team-completion'));
    expect(card.querySelectorAll('[data-slot="row"][data-self="true"]')).toHaveLength(1);
  });
});
