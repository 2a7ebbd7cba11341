// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { getInstanceByDom } from 'echarts/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { adminViewer, recordingAdapter } from '../../charts/test-fixtures/chartDataset.js';
import { renderWithLearnlens } from '../../test-fixtures/render.js';
import { ScoreTrend } from './ScoreTrend.js';

async function ready(container: HTMLElement) {
  await waitFor(() => expect(container.querySelector('[data-learnlens-widget=score-trend]')).toHaveAttribute('data-state', 'ready'));
}

function plottedPoints(container: HTMLElement): number {
  const chart = getInstanceByDom(container.querySelector<HTMLElement>('[data-ll-chart]')!)!;
  const series = chart.getOption().series as { id: string; data: unknown[] }[];
  return series.find((s) => s.id === 'line-0')!.data.length;
}

describe('ScoreTrend', () => {
  afterEach(() => vi.restoreAllMocks());

  it('should ask the query for weekly buckets when days would not fit an 800 px chart', async () => {
    const adapter = recordingAdapter();
    const { container } = renderWithLearnlens(<ScoreTrend params={{ from: '2026-01-01', to: '2026-07-01', timezone: 'UTC' }} animation={false} />, {
      adapter,
      viewer: adminViewer,
    });
    await ready(container);
    const request = adapter.requests.find((r) => r.name === 'scoreTrend')!;
    // 181 days at 6 px each need 1086 px; 27 weeks fit.
    expect(request.params).toMatchObject({ bucket: 'week', from: '2026-01-01', to: '2026-07-01', timezone: 'UTC' });
    expect(plottedPoints(container)).toBeLessThanOrEqual(800 / 6);
  });

  it('should ask for months, and plot no more points than pixels, in a narrow chart', async () => {
    vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(90);
    const adapter = recordingAdapter();
    const { container } = renderWithLearnlens(<ScoreTrend params={{ from: '2025-06-01', to: '2026-06-01', timezone: 'UTC' }} animation={false} />, {
      adapter,
      viewer: adminViewer,
    });
    await ready(container);
    expect(adapter.requests.flatMap((r) => (r.name === 'scoreTrend' ? [r.params.bucket] : []))).toEqual(['month']);
    expect(plottedPoints(container)).toBeLessThanOrEqual(90);
  });

  it('should use the bucket it is given and list the averages in its table', async () => {
    const adapter = recordingAdapter();
    renderWithLearnlens(<ScoreTrend params={{ from: '2026-05-01', to: '2026-06-01', timezone: 'UTC' }} bucket="week" defaultView="table" animation={false} />, {
      adapter,
      viewer: adminViewer,
    });
    // Week of May 18: scored 10 and 90 (Rare quiz) plus an unscored attempt.
    const row = (await screen.findByRole('rowheader', { name: 'Week of May 18, 2026' })).closest('tr')!;
    expect(within(row).getAllByRole('cell').map((c) => c.textContent)).toEqual(['50.0', '3', '2']);
    expect(adapter.requests.flatMap((r) => (r.name === 'scoreTrend' ? [r.params.bucket] : []))).toEqual(['week']);
  });

  it('should say why it is empty', async () => {
    renderWithLearnlens(<ScoreTrend params={{ from: '2024-01-01', to: '2024-03-01', timezone: 'UTC' }} />, { adapter: recordingAdapter(), viewer: adminViewer });
    expect(await screen.findByText('No attempts yet')).toBeInTheDocument();
    expect(screen.getByText(/started Jan 1, 2024 – Feb 29, 2024 \(UTC\)/)).toBeInTheDocument();
  });

  it('should show the error with a Retry that loads the data once the backend recovers', async () => {
    const user = userEvent.setup();
    const adapter = recordingAdapter({ failureRate: 1 });
    const { container } = renderWithLearnlens(<ScoreTrend params={{ from: '2026-05-01', to: '2026-06-01', timezone: 'UTC' }} />, { adapter, viewer: adminViewer });
    expect(await screen.findByRole('alert')).toHaveTextContent(/couldn't load .* just now/i);
    adapter.setFaults({ failureRate: 0 });
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    await ready(container);
  });
});
