// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { adminViewer, recordingAdapter } from '../../charts/test-fixtures/chartDataset.js';
import { renderWithLearnlens } from '../../test-fixtures/render.js';
import { ActivityInsights } from './ActivityInsights.js';
import { coefficientOfVariation, isHighVariance, nextSort } from './activityInsights.utils.js';

const may = { from: '2026-05-01', to: '2026-06-01', timezone: 'UTC' } as const;

function rowOf(name: string): HTMLElement {
  return screen.getByRole('rowheader', { name }).closest('tr')!;
}

describe('ActivityInsights', () => {
  it('should flag activities whose coefficient of variation reaches the threshold, given enough attempts', () => {
    expect(coefficientOfVariation({ avgScore: 60, scoreStddev: 18 })).toBeCloseTo(0.3);
    expect(isHighVariance({ avgScore: 60, scoreStddev: 18, attemptCount: 5 })).toBe(true);
    expect(isHighVariance({ avgScore: 60, scoreStddev: 17, attemptCount: 5 })).toBe(false);
    expect(isHighVariance({ avgScore: 60, scoreStddev: 40, attemptCount: 2 })).toBe(false);
    expect(isHighVariance({ avgScore: 60, scoreStddev: null, attemptCount: 1 })).toBe(false);
  });

  it('should not flag correct/incorrect scores, whose spread follows from the average', () => {
    // Ten 0/1 scores with six correct: average 0.6, sample SD √(10/9 · 0.24).
    expect(isHighVariance({ avgScore: 0.6, scoreStddev: Math.sqrt((10 / 9) * 0.24), attemptCount: 10 })).toBe(false);
    expect(isHighVariance({ avgScore: 0.6, scoreStddev: 0.3, attemptCount: 10 })).toBe(true);
  });

  it('should mark the high-variance activity in the table and leave steady and rarely tried ones unmarked', async () => {
    renderWithLearnlens(<ActivityInsights params={may} animation={false} />, { adapter: recordingAdapter(), viewer: adminViewer });
    await screen.findByRole('rowheader', { name: 'Wild scenario' });
    expect(within(rowOf('Wild scenario')).getByText('High variance')).toBeInTheDocument();
    expect(within(rowOf('Steady drill')).queryByText('High variance')).toBeNull();
    // Two attempts scored 10 and 90 spread widely, but two attempts are too few to judge.
    expect(within(rowOf('Rare quiz')).queryByText('High variance')).toBeNull();
    expect(screen.getByText(/1 activity flagged as high variance/)).toBeInTheDocument();
    const cells = within(rowOf('Steady drill')).getAllByRole('cell').map((c) => c.textContent);
    expect(cells.slice(0, 4)).toEqual(['6', '70.0', '1.4', '70.0']);
  });

  it('should sort by a column through the query when its header is clicked, and reverse on a second click', async () => {
    const user = userEvent.setup();
    const onSortChange = vi.fn();
    const adapter = recordingAdapter();
    renderWithLearnlens(<ActivityInsights params={may} animation={false} onSortChange={onSortChange} />, { adapter, viewer: adminViewer });
    await screen.findByRole('rowheader', { name: 'Wild scenario' });
    await user.click(screen.getByRole('button', { name: /^SD/ }));
    expect(onSortChange).toHaveBeenLastCalledWith('-scoreStddev');
    await waitFor(() => expect(screen.getAllByRole('rowheader')[0]).toHaveTextContent('Rare quiz'));
    expect(screen.getByRole('columnheader', { name: /^SD/ })).toHaveAttribute('aria-sort', 'descending');
    await user.click(screen.getByRole('button', { name: /^SD/ }));
    await waitFor(() => expect(screen.getAllByRole('rowheader')[0]).toHaveTextContent('Steady drill'));
    expect(adapter.requests.filter((r) => r.name === 'activityInsights').map((r) => 'sort' in r.params && r.params.sort)).toEqual([
      '-attemptCount',
      '-scoreStddev',
      'scoreStddev',
    ]);
  });

  it('should sort descending first on a new column and toggle direction on the same one', () => {
    expect(nextSort('-attemptCount', 'avgScore')).toBe('-avgScore');
    expect(nextSort('-avgScore', 'avgScore')).toBe('avgScore');
    expect(nextSort('avgScore', 'avgScore')).toBe('-avgScore');
  });

  it('should say why it is empty', async () => {
    renderWithLearnlens(<ActivityInsights params={{ from: '2025-01-01', to: '2025-02-01', timezone: 'UTC' }} />, { adapter: recordingAdapter(), viewer: adminViewer });
    expect(await screen.findByText('No scored attempts yet')).toBeInTheDocument();
    expect(screen.getByText(/unscored attempts are not part of insights/)).toBeInTheDocument();
  });

  it('should show the error with a Retry that loads the data once the backend recovers', async () => {
    const user = userEvent.setup();
    const adapter = recordingAdapter({ failureRate: 1 });
    renderWithLearnlens(<ActivityInsights params={may} animation={false} />, { adapter, viewer: adminViewer });
    expect(await screen.findByRole('alert')).toBeInTheDocument();
    adapter.setFaults({ failureRate: 0 });
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('rowheader', { name: 'Wild scenario' })).toBeInTheDocument();
  });

  it("should make each activity a button that calls onActivitySelect with its id and row, by click or by Enter", async () => {
    const user = userEvent.setup();
    const onActivitySelect = vi.fn();
    const view = renderWithLearnlens(<ActivityInsights params={may} animation={false} />, { adapter: recordingAdapter(), viewer: adminViewer });
    await screen.findByRole('rowheader', { name: 'Wild scenario' });
    expect(screen.queryByRole('button', { name: 'Wild scenario' })).toBeNull();

    view.rerender(<ActivityInsights params={may} animation={false} onActivitySelect={onActivitySelect} />);
    const wild = await screen.findByRole('button', { name: 'Wild scenario' });
    expect(wild).toHaveAccessibleDescription('Opens the activity’s detail');
    // The row keeps the activity's name as its header.
    expect(rowOf('Wild scenario')).toContainElement(wild);
    await user.click(wild);
    const activityId = rowOf('Wild scenario').getAttribute('data-activity-id');
    expect(onActivitySelect).toHaveBeenLastCalledWith(activityId, expect.objectContaining({ activityName: 'Wild scenario' }), wild);
    screen.getByRole('button', { name: 'Steady drill' }).focus();
    await user.keyboard('{Enter}');
    expect(onActivitySelect).toHaveBeenCalledTimes(2);
    expect(onActivitySelect.mock.lastCall?.[1]).toMatchObject({ activityName: 'Steady drill' });
  });
});
