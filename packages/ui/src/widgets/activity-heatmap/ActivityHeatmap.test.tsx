// @vitest-environment jsdom
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { getInstanceByDom, type EChartsType } from 'echarts/core';
import { describe, expect, it, vi } from 'vitest';
import { adminViewer, chartRows, recordingAdapter } from '../../charts/test-fixtures/chartDataset.js';
import { renderWithLearnlens } from '../../test-fixtures/render.js';
import { darkTokens } from '../../theme/tokens.js';
import { ActivityHeatmap } from './ActivityHeatmap.js';

const may = { from: '2026-05-01', to: '2026-06-01', timezone: 'UTC' } as const;

function chartOf(container: HTMLElement): EChartsType {
  const element = container.querySelector<HTMLElement>('[data-ll-chart]');
  const chart = element ? getInstanceByDom(element) : undefined;
  if (!chart) throw new Error('no chart rendered');
  return chart;
}

// zrender needs a press and a release on the same spot before it reports a click.
function clickChartAt(container: HTMLElement, [x, y]: number[]) {
  const surface = container.querySelector<HTMLElement>('[data-ll-chart] > div')!;
  const at = { clientX: x, clientY: y };
  fireEvent.mouseMove(surface, at);
  fireEvent.mouseDown(surface, at);
  fireEvent.mouseUp(surface, at);
  fireEvent.click(surface, at);
}

async function ready(container: HTMLElement) {
  await waitFor(() => expect(container.querySelector('[data-learnlens-widget=activity-heatmap]')).toHaveAttribute('data-state', 'ready'));
}

describe('ActivityHeatmap', () => {
  it('should call onSelect with the day when a calendar cell is clicked', async () => {
    const onSelect = vi.fn();
    const { container } = renderWithLearnlens(<ActivityHeatmap params={may} animation={false} onSelect={onSelect} />, {
      adapter: recordingAdapter(),
      viewer: adminViewer,
    });
    await ready(container);
    const point = chartOf(container).convertToPixel('calendar', '2026-05-12') as unknown as number[];
    clickChartAt(container, point);
    expect(onSelect).toHaveBeenCalledWith({ grid: 'calendar', date: '2026-05-12' });
  });

  it('should announce, show and select with Enter the day the arrow keys move to', async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn();
    const { container } = renderWithLearnlens(
      <ActivityHeatmap params={may} animation={false} defaultSelected={{ grid: 'calendar', date: '2026-05-04' }} onSelect={onSelect} />,
      { adapter: recordingAdapter(), viewer: adminViewer },
    );
    await ready(container);
    const area = screen.getByRole('application', { name: /attempts per day/i });
    act(() => area.focus());
    expect(area).toHaveFocus();
    // Focus lands on the selected day; ArrowRight moves a week, ArrowDown a day.
    await user.keyboard('{ArrowRight}{ArrowDown}');
    // Screen readers hear the focused day; sighted users see its tooltip.
    expect(area.querySelector('[data-slot=announcer]')).toHaveTextContent('Tue, May 12, 2026: 1 attempt · 1 learner');
    expect(within(area).getAllByText(/Tue, May 12, 2026/)).toHaveLength(2);
    await user.keyboard('{Enter}');
    expect(onSelect).toHaveBeenLastCalledWith({ grid: 'calendar', date: '2026-05-12' });
  });

  it('should clear the selection when the selected day is chosen again', async () => {
    const onSelect = vi.fn();
    const user = userEvent.setup();
    renderWithLearnlens(
      <ActivityHeatmap params={may} animation={false} defaultView="table" defaultSelected={{ grid: 'calendar', date: '2026-05-04' }} onSelect={onSelect} />,
      { adapter: recordingAdapter(), viewer: adminViewer },
    );
    const button = await screen.findByRole('button', { name: /Selected Mon, May 4, 2026/ });
    expect(button).toHaveAttribute('aria-pressed', 'true');
    await user.click(button);
    expect(onSelect).toHaveBeenLastCalledWith(null);
    expect(screen.getByRole('button', { name: /Select Mon, May 4, 2026/ })).toHaveAttribute('aria-pressed', 'false');
  });

  it('should place an attempt at its local hour in the weekday × hour grid of a non-UTC time zone', async () => {
    const adapter = recordingAdapter();
    renderWithLearnlens(<ActivityHeatmap params={{ ...may, timezone: 'Asia/Tokyo' }} animation={false} grid="weekdayHour" defaultView="table" />, {
      adapter,
      viewer: adminViewer,
    });
    // 2026-05-04 09:30 UTC is Monday 18:30 in Tokyo.
    const row = (await screen.findByRole('rowheader', { name: 'Monday, 6:00 PM – 7:00 PM' })).closest('tr')!;
    expect(row).toHaveAttribute('data-weekday', '1');
    expect(row).toHaveAttribute('data-hour', '18');
    expect(within(row).getAllByRole('cell')[0]).toHaveTextContent('1');
    expect(screen.queryByRole('rowheader', { name: 'Monday, 9:00 AM – 10:00 AM' })).toBeNull();
    expect(adapter.requests.at(-1)?.params).toMatchObject({ grid: 'weekdayHour', timezone: 'Asia/Tokyo' });
  });

  it('should list in its data table the same numbers the chart draws', async () => {
    const { container } = renderWithLearnlens(<ActivityHeatmap params={may} animation={false} />, {
      adapter: recordingAdapter(),
      viewer: adminViewer,
    });
    await ready(container);
    const series = chartOf(container).getOption().series as { data: { value: [string, number] }[] }[];
    const drawn = series[0]!.data.map((d) => d.value).filter(([, n]) => n > 0);
    const table = container.querySelector('table[data-slot=table]')!;
    const listed = [...table.querySelectorAll('tbody tr')].map((tr) => [
      tr.getAttribute('data-date'),
      Number(tr.querySelectorAll('td')[0]!.textContent),
    ]);
    expect(listed).toEqual(drawn);
    expect(listed).toContainEqual(['2026-05-20', 3]);
  });

  it('should draw in the dark theme from the variables on its own scope element', async () => {
    const { container } = renderWithLearnlens(<ActivityHeatmap params={may} animation={false} theme="dark" />, {
      adapter: recordingAdapter(),
      viewer: adminViewer,
    });
    await ready(container);
    const scope = container.querySelector<HTMLElement>('[data-learnlens-widget=activity-heatmap]')!;
    expect(scope).toHaveAttribute('data-theme', 'dark');
    expect(scope.style.getPropertyValue('--ll-primary')).toBe(darkTokens.primary);
    expect(document.documentElement.style.getPropertyValue('--ll-primary')).toBe('');
    expect(chartOf(container).getOption().visualMap).toEqual([
      expect.objectContaining({ inRange: expect.objectContaining({ color: [darkTokens.muted, darkTokens.primary] }) }),
    ]);
  });

  it('should say why it is empty', async () => {
    renderWithLearnlens(<ActivityHeatmap params={{ from: '2025-01-01', to: '2025-02-01', timezone: 'UTC' }} />, {
      adapter: recordingAdapter(),
      viewer: adminViewer,
    });
    expect(await screen.findByText('No activity yet')).toBeInTheDocument();
    expect(screen.getByText(/No attempts were started Jan 1, 2025 – Jan 31, 2025 \(UTC\)/)).toBeInTheDocument();
  });

  it('should show the error with a Retry that loads the data once the backend recovers', async () => {
    const user = userEvent.setup();
    const adapter = recordingAdapter({ failureRate: 1 });
    const { container } = renderWithLearnlens(<ActivityHeatmap params={may} animation={false} />, { adapter, viewer: adminViewer });
    expect(await screen.findByRole('alert')).toHaveTextContent(/couldn't load .* just now/i);
    adapter.setFaults({ failureRate: 0 });
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    await ready(container);
  });

  it("should keep the org boundary: another org's attempts never appear", async () => {
    renderWithLearnlens(<ActivityHeatmap params={may} animation={false} defaultView="table" />, {
      adapter: recordingAdapter({ rows: chartRows() }),
      viewer: adminViewer,
    });
    const row = (await screen.findByRole('rowheader', { name: 'Mon, May 4, 2026' })).closest('tr')!;
    expect(within(row).getAllByRole('cell')[0]).toHaveTextContent('1');
  });
});
