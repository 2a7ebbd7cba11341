// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { enUS } from 'date-fns/locale/en-US';
import { describe, expect, it } from 'vitest';
import { lineChartOption } from '../../charts/lineOption.js';
import { adminViewer, recordingAdapter } from '../../charts/test-fixtures/chartDataset.js';
import { paletteOf } from '../../charts/test-fixtures/palette.js';
import { en } from '../../i18n/messages.js';
import { createFormatters } from '../../widget-shell/format.js';
import { renderWithLearnlens } from '../../test-fixtures/render.js';
import { MasteryTrend } from './MasteryTrend.js';
import { masterySeries, masteryTrendInput } from './masteryTrend.utils.js';

const palette = paletteOf();
const format = createFormatters(enUS, {}, en);

const row = (contentId: string, bucketStart: string, avg: number, low: number, high: number) => ({
  contentId,
  contentType: 'lesson',
  bucketStart,
  learnersAffected: 3,
  avgMasteryChange: 0.05,
  avgCurrentMastery: avg,
  avgConfidence: 0.7,
  deltaCount: 3,
  bandLow: low,
  bandHigh: high,
});

describe('MasteryTrend', () => {
  it('should draw a confidence band as a transparent lower edge with the band width stacked on it', () => {
    const series = masterySeries({
      bucket: 'week',
      rows: [row('c1', '2026-05-04', 0.5, 0.4, 0.6), row('c1', '2026-05-11', 0.6, 0.55, 0.7)],
    });
    const option = lineChartOption(masteryTrendInput(series, 'week', format, true), palette);
    const all = option.series as { id: string; stack?: string; data: (number | null)[]; areaStyle?: object; lineStyle?: { opacity?: number } }[];
    const low = all.find((s) => s.id === 'band-low-0')!;
    const band = all.find((s) => s.id === 'band-0')!;
    const line = all.find((s) => s.id === 'line-0')!;
    expect(low.data).toEqual([0.4, 0.55]);
    expect(band.data.map((v) => Number(v!.toFixed(6)))).toEqual([0.2, 0.15]);
    expect(band.stack).toBe(low.stack);
    expect(band.areaStyle).toBeDefined();
    expect(low.areaStyle).toBeUndefined();
    expect(low.lineStyle?.opacity).toBe(0);
    expect(line.data).toEqual([0.5, 0.6]);
    expect(option.yAxis).toMatchObject({ min: 0, max: 1 });
  });

  it('should leave the band out when showBand is off', () => {
    const series = masterySeries({ bucket: 'week', rows: [row('c1', '2026-05-04', 0.5, 0.4, 0.6)] });
    const option = lineChartOption(masteryTrendInput(series, 'week', format, false), palette);
    expect((option.series as { id: string }[]).map((s) => s.id)).toEqual(['line-0']);
  });

  it('should plot one line per content item, most evidence first, with names from contentNames', async () => {
    renderWithLearnlens(
      <MasteryTrend
        params={{ from: '2026-05-01', to: '2026-06-01', timezone: 'UTC' }}
        bucket="week"
        defaultView="table"
        contentNames={{ 'act-steady': 'Steady drill', 'act-wild': 'Wild scenario' }}
        animation={false}
      />,
      { adapter: recordingAdapter(), viewer: adminViewer },
    );
    const rows = await screen.findAllByRole('row');
    const names = rows.slice(1).map((r) => within(r).getByRole('rowheader').textContent);
    expect(names.slice(0, 4)).toEqual(['Steady drill', 'Steady drill', 'Steady drill', 'Steady drill']);
    expect(names).toContain('Wild scenario');
    const first = rows[1]!;
    expect(within(first).getAllByRole('cell')[0]).toHaveTextContent('May 4, 2026');
  });

  it("should ask for one learner's path when given userId", async () => {
    const adapter = recordingAdapter();
    const { container } = renderWithLearnlens(<MasteryTrend params={{ from: '2026-05-01', to: '2026-06-01', timezone: 'UTC' }} userId="l-2" animation={false} />, {
      adapter,
      viewer: adminViewer,
    });
    await waitFor(() => expect(container.querySelector('[data-learnlens-widget=mastery-trend]')).toHaveAttribute('data-state', 'ready'));
    expect(screen.getByRole('heading', { name: 'Mastery path' })).toBeInTheDocument();
    expect(adapter.requests.find((r) => r.name === 'masteryTrend')?.params).toMatchObject({ userIds: ['l-2'], bucket: 'day' });
  });

  it('should say why it is empty', async () => {
    renderWithLearnlens(<MasteryTrend params={{ from: '2025-01-01', to: '2025-02-01', timezone: 'UTC' }} />, { adapter: recordingAdapter(), viewer: adminViewer });
    expect(await screen.findByText('No mastery data yet')).toBeInTheDocument();
  });

  it('should show the error with a Retry that loads the data once the backend recovers', async () => {
    const user = userEvent.setup();
    const adapter = recordingAdapter({ failureRate: 1 });
    const { container } = renderWithLearnlens(<MasteryTrend params={{ from: '2026-05-01', to: '2026-06-01', timezone: 'UTC' }} />, { adapter, viewer: adminViewer });
    expect(await screen.findByRole('alert')).toBeInTheDocument();
    adapter.setFaults({ failureRate: 0 });
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(container.querySelector('[data-learnlens-widget=mastery-trend]')).toHaveAttribute('data-state', 'ready'));
  });
});
