// @vitest-environment jsdom
import { act, screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithLearnlens } from '../../test-fixtures/render.js';
import { addDays } from '../filter-bar/filterBar.utils.js';
import type { ViewFilters } from '../filter-bar/index.js';
import {
  clickHeatmapDay,
  datasetNow,
  fakeResizeObserver,
  filterBar,
  spyAdapter,
  teamsOf,
  viewDataset,
  viewerWith,
  waitForReady,
  widget,
} from '../test-fixtures/viewFixtures.js';
import { AdminView } from './AdminView.js';

const dataset = viewDataset();
const now = datasetNow(dataset);
const today = now.slice(0, 10);
const viewer = viewerWith(dataset, 'admin');
const teams = teamsOf(dataset, viewer);
const widgets = ['kpi-cards', 'score-trend', 'activity-insights', 'activity-heatmap', 'recent-attempts'] as const;
/** The query behind each widget but the heatmap (which keeps the filter bar's range when a day is picked). */
const filtered = ['orgOverview', 'scoreTrend', 'activityInsights', 'recentAttempts'] as const;

function renderAdmin(options: { failing?: 'scoreTrend'; onFiltersChange?: (f: ViewFilters) => void } = {}) {
  const spy = spyAdapter(dataset, options.failing);
  const view = renderWithLearnlens(
    <AdminView now={now} timezone="UTC" teams={teams} animation={false} onFiltersChange={options.onFiltersChange} />,
    { adapter: spy.adapter, viewer },
  );
  return { ...spy, ...view };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('AdminView', () => {
  it('should show every widget of the admin dashboard with data', async () => {
    renderAdmin();
    await waitForReady(widgets);
    expect(screen.getByRole('region', { name: 'Admin dashboard' })).toBeInTheDocument();
    const overview = widget('kpi-cards');
    expect(within(overview).getByRole('heading', { name: 'Organization overview' })).toBeInTheDocument();
    // The 7-day change compares with days inside the last-30-days filter; the 30-day one would compare with
    // days the filter cuts off, so it is left out rather than shown as a fall to nothing.
    expect(overview.querySelector('[data-kpi=attemptsLast7Days] [data-slot=change]')).not.toBeNull();
    expect(overview.querySelector('[data-kpi=attemptsLast30Days] [data-slot=change]')).toBeNull();
    expect(within(widget('activity-insights')).getByRole('heading', { name: 'Most attempted activities' })).toBeInTheDocument();
    expect(within(widget('recent-attempts')).getAllByRole('row').length).toBeGreaterThan(1);
    expect(within(widget('recent-attempts')).getByRole('button', { name: 'Export' })).toBeInTheDocument();
    // The last 30 days up to `now` by default, in every widget.
    expect(within(filterBar()).getByLabelText('Period')).toHaveDisplayValue('Last 30 days');
    expect(within(widget('recent-attempts')).getByLabelText('From')).toHaveValue(addDays(today, -29));
  });

  it('should re-query every widget with the period, team and activity chosen in the filter bar', async () => {
    const user = userEvent.setup();
    const { requests } = renderAdmin();
    await waitForReady(widgets);
    const bar = filterBar();

    await user.selectOptions(within(bar).getByLabelText('Period'), 'Last 7 days');
    const from = addDays(today, -6);
    await waitFor(() => {
      for (const name of [...filtered, 'activityHeatmap'] as const) {
        expect(requests(name).at(-1)?.params).toMatchObject({ from, to: addDays(today, 1), timezone: 'UTC', now });
      }
    });

    const team = teams[1]!;
    await user.selectOptions(within(bar).getByLabelText('Team'), team.name);
    await waitFor(() => {
      for (const name of [...filtered, 'activityHeatmap'] as const) expect(requests(name).at(-1)?.params).toMatchObject({ from, teamId: team.id });
    });

    const activity = within(bar).getAllByRole('option').find((o) => o.getAttribute('value')?.startsWith('act-'))!;
    await user.selectOptions(within(bar).getByLabelText('Activity'), activity);
    const activityId = activity.getAttribute('value')!;
    await waitFor(() => {
      for (const name of ['orgOverview', 'scoreTrend', 'activityInsights', 'activityHeatmap', 'recentAttempts'] as const) {
        expect(requests(name).at(-1)?.params).toMatchObject({ from, teamId: team.id, activityIds: [activityId] });
      }
    });
    await waitForReady(['recent-attempts']);
    expect(within(widget('recent-attempts')).getByLabelText('Activity')).toHaveValue(activityId);
  });

  it('should narrow every other widget to a heatmap day when it is clicked, and widen them again when its chip is removed', async () => {
    const user = userEvent.setup();
    const { requests } = renderAdmin();
    await waitForReady(widgets);
    const attempts = widget('recent-attempts');
    const pager = () => within(attempts).getByRole('navigation', { name: 'Pages' }).textContent;
    const wholeRange = pager();
    const day = addDays(today, -3);
    const heatmapRequests = requests('activityHeatmap').length;

    clickHeatmapDay(day);

    const chip = await within(filterBar()).findByRole('button', { name: /Clear the day filter/ });
    expect(chip).toHaveTextContent(/^Only /);
    await waitFor(() => {
      for (const name of filtered) expect(requests(name).at(-1)?.params).toMatchObject({ from: day, to: addDays(day, 1) });
    });
    expect(within(attempts).getByLabelText('From')).toHaveValue(day);
    expect(within(attempts).getByLabelText('To')).toHaveValue(day);
    await waitFor(() => expect(pager()).not.toBe(wholeRange));
    // The heatmap keeps its range, so the other days stay there to pick.
    expect(requests('activityHeatmap')).toHaveLength(heatmapRequests);

    await user.click(chip);
    expect(within(filterBar()).queryByRole('button', { name: /Clear the day filter/ })).toBeNull();
    expect(within(attempts).getByLabelText('From')).toHaveValue(addDays(today, -29));
    await waitFor(() => expect(pager()).toBe(wholeRange));
  });

  it('should filter the other widgets by the focused heatmap day when Enter is pressed', async () => {
    const user = userEvent.setup();
    const onFiltersChange = vi.fn();
    const { requests } = renderAdmin({ onFiltersChange });
    await waitForReady(widgets);
    const area = within(widget('activity-heatmap')).getByRole('application');
    act(() => area.focus());
    await user.keyboard('{Home}{Enter}');

    const chosen = onFiltersChange.mock.lastCall?.[0] as ViewFilters;
    expect(chosen.day).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(await within(filterBar()).findByRole('button', { name: /Clear the day filter/ })).toBeInTheDocument();
    await waitFor(() => {
      for (const name of filtered) expect(requests(name).at(-1)?.params).toMatchObject({ from: chosen.day, to: addDays(chosen.day!, 1) });
    });

    // Choosing the same day again toggles the cross-filter off.
    await user.keyboard('{Enter}');
    expect((onFiltersChange.mock.lastCall?.[0] as ViewFilters).day).toBeNull();
  });

  it('should keep showing the other widgets when one query fails, and show that one error with Retry', async () => {
    renderAdmin({ failing: 'scoreTrend' });
    await waitForReady(widgets.filter((w) => w !== 'score-trend'));
    const failed = widget('score-trend');
    await waitFor(() => expect(failed).toHaveAttribute('data-state', 'error'));
    expect(within(failed).getByRole('alert')).toBeInTheDocument();
    expect(within(failed).getByRole('button', { name: 'Retry' })).toBeInTheDocument();
    expect(within(widget('kpi-cards')).queryByRole('alert')).toBeNull();
  });

  it('should lay the widgets out in one column in a narrow container and in several in a wide one', async () => {
    const observer = fakeResizeObserver();
    const { container } = renderAdmin();
    const grid = container.querySelector<HTMLElement>('[data-slot=view-grid]')!;
    const insights = container.querySelector<HTMLElement>('[data-cell=top-activities]')!;

    act(() => observer.resize(grid, 375));
    expect(grid).toHaveAttribute('data-columns', '1');
    expect(insights.style.gridColumn).toBe('');

    act(() => observer.resize(grid, 1440));
    expect(grid).toHaveAttribute('data-columns', '3');
    expect(insights.style.gridColumn).toBe('span 2');
    await waitForReady(widgets);
  });
});
