// @vitest-environment jsdom
import type { QueryName } from '@learnlens/data-client';
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

function renderAdmin(
  options: { failing?: 'scoreTrend'; onFiltersChange?: (f: ViewFilters) => void; onActivitySelect?: (id: string | null) => void } = {},
) {
  const spy = spyAdapter(dataset, options.failing);
  // Two widgets ask scoreTrend: the score trend over the filter bar's range, and the attempts trend over the fixed last
  // 30 days; the filter tests follow the first, whose requests are those with another range once the period changes.
  const requests = <N extends QueryName>(name: N) =>
    spy.requests(name).filter((r) => name !== 'scoreTrend' || !(r.params.from === addDays(today, -29) && r.params.to === addDays(today, 1)));
  const view = renderWithLearnlens(
    <AdminView
      now={now}
      timezone="UTC"
      teams={teams}
      animation={false}
      onFiltersChange={options.onFiltersChange}
      onActivitySelect={options.onActivitySelect}
    />,
    { adapter: spy.adapter, viewer },
  );
  return { ...spy, requests, ...view };
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

  it('should plot the attempts started on each of the last 30 days, whatever period the filter bar shows', async () => {
    const user = userEvent.setup();
    const spy = renderAdmin();
    await waitForReady(widgets);
    const cell = document.querySelector<HTMLElement>('[data-cell=attempts-trend]')!;
    const trend = widget('score-trend', cell);
    expect(within(trend).getByRole('heading', { name: 'Attempts, last 30 days' })).toBeInTheDocument();
    await user.selectOptions(within(filterBar()).getByLabelText('Period'), 'Last 7 days');
    await waitFor(() => expect(spy.requests('scoreTrend').at(-1)?.params).toMatchObject({ from: addDays(today, -6) }));
    await waitForReady(['score-trend']);
    // Every day of the 30 is a point (a day without attempts as 0), and the table's counts are scoreTrend's attempts.
    const content = trend.querySelector<HTMLElement>('[data-slot=content]')!;
    expect(content).toHaveAttribute('data-metric', 'attempts');
    expect(content).toHaveAttribute('data-points', '30');
    const asked = spy.run.mock.calls
      .map(([r]) => r)
      .filter((r) => r.name === 'scoreTrend' && r.params.from === addDays(today, -29) && r.params.to === addDays(today, 1));
    expect(asked.length).toBeGreaterThan(0);
    const answer = await spy.adapter.run(asked.at(-1)!);
    const points = (answer.result as { points: { bucketStart: string; attempts: number }[] }).points;
    const rows = within(trend).getAllByRole('row', { hidden: true }).slice(1);
    expect(rows).toHaveLength(30);
    const shown = rows.map((r) => [r.getAttribute('data-bucket-start'), Number((r as HTMLTableRowElement).cells[2]!.textContent!.replace(/\D/g, ''))]);
    expect(shown.filter(([, n]) => n !== 0)).toEqual(points.map((p) => [p.bucketStart, p.attempts]));
  });

  it("should open a top activity's detail from its row, move focus into it, and give focus back to the row on Back or Escape", async () => {
    const user = userEvent.setup();
    const onActivitySelect = vi.fn();
    renderAdmin({ onActivitySelect });
    await waitForReady(widgets);
    const link = widget('activity-insights').querySelector<HTMLElement>('[data-slot=activity-link]')!;
    expect(link).toHaveAccessibleDescription('Opens the activity’s detail');
    const row = link.closest('tr')!;
    const activityId = row.getAttribute('data-activity-id')!;
    await user.click(link);
    expect(onActivitySelect).toHaveBeenLastCalledWith(activityId);
    const region = document.querySelector<HTMLElement>('[data-slot=activity-detail]')!;
    expect(region).toHaveFocus();
    await waitForReady(['activity-detail']);
    const detail = widget('activity-detail');
    expect(within(detail).getByRole('heading', { level: 3 })).toHaveTextContent(link.textContent!);
    expect(detail.querySelectorAll('[data-slot=bucket]').length).toBeGreaterThan(1);
    await user.click(within(detail).getByRole('button', { name: `Close the detail of ${link.textContent}` }));
    expect(document.querySelector('[data-slot=activity-detail]')).toBeNull();
    expect(onActivitySelect).toHaveBeenLastCalledWith(null);
    expect(link).toHaveFocus();

    // The keyboard alike: Enter on the row's link opens it, Escape closes it.
    await user.keyboard('{Enter}');
    expect(document.querySelector('[data-slot=activity-detail]')).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(document.querySelector('[data-slot=activity-detail]')).toBeNull();
    expect(link).toHaveFocus();
    expect(onActivitySelect.mock.calls.map(([id]) => id)).toEqual([activityId, null, activityId, null]);
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
describe('AdminView days and weeks', () => {
  it('should pass the days filter to the time-bucketed widgets only, and start weeks on the locale\'s first day', async () => {
    const user = userEvent.setup();
    const { run } = renderAdmin();
    // en-US weeks start on Sunday (0), as the heatmap's calendar columns; the fixed attempts trend keeps Monday.
    const trend = () =>
      run.mock.calls
        .map(([request]) => request)
        .filter((r) => r.name === 'scoreTrend' && (r.params as { weekStart?: number }).weekStart === 0)
        .at(-1)?.params;
    const last = (name: QueryName) => run.mock.calls.map(([request]) => request).filter((r) => r.name === name).at(-1)?.params;
    await waitForReady(widgets);
    expect(trend()).toMatchObject({ weekStart: 0, days: 'all' });
    await user.selectOptions(within(filterBar()).getByLabelText('Days'), 'Weekdays');
    await waitFor(() => {
      expect(trend()).toMatchObject({ days: 'weekdays', weekStart: 0 });
      expect(last('activityHeatmap')).toMatchObject({ days: 'weekdays' });
    });
    // Queries without a calendar bucket are not narrowed (their catalog entries take no `days`).
    expect(last('orgOverview')).not.toHaveProperty('days');
    expect(last('activityHeatmap')).not.toHaveProperty('weekStart');
    await waitForReady(widgets);
  });
});
