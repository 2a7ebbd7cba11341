// @vitest-environment jsdom
import { createClient } from '@learnlens/data-client';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { messagesDe } from '../../i18n/locales/de.js';
import { renderWithLearnlens } from '../../test-fixtures/render.js';
import { TUTORING_NOW, tutoringAdapter, tutoringViewer } from '../../test-fixtures/tutoring.js';
import { AccuracyTrend } from './AccuracyTrend.js';
import { combineAccuracy } from './accuracyTrend.utils.js';

const params = { now: TUTORING_NOW, from: '2026-09-07', to: '2026-11-02', timezone: 'UTC' };

function widget(): HTMLElement {
  return document.querySelector<HTMLElement>('[data-learnlens-widget=accuracy-trend]')!;
}

describe('AccuracyTrend', () => {
  it("should table each week's answers, correct ones and accuracy as the query counts them", async () => {
    const tutor = tutoringViewer('manager');
    renderWithLearnlens(<AccuracyTrend params={params} bucket="week" defaultView="table" animation={false} />, { adapter: tutoringAdapter(), viewer: tutor });
    await waitFor(() => expect(widget()).toHaveAttribute('data-state', 'ready'));
    const answer = await createClient({ adapter: tutoringAdapter() }).query('accuracyTrend', { ...params, bucket: 'week' }, { viewer: tutor });
    const rows = [...widget().querySelectorAll('tbody tr')];
    expect(rows.map((r) => r.getAttribute('data-bucket-start'))).toEqual(answer.points.map((p) => p.bucketStart));
    const p = answer.points[0]!;
    expect([...rows[0]!.querySelectorAll('td')].map((c) => c.textContent)).toEqual([
      `${new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 }).format(p.accuracy)}%`,
      String(p.correct),
      String(p.submitted),
    ]);
  });

  it('should recompute accuracy from the sums when buckets merge', () => {
    const merged = combineAccuracy([
      { bucketStart: '2026-01-05', lastBucketStart: '2026-01-05', submitted: 7, correct: 6, accuracy: 85.7 },
      { bucketStart: '2026-01-12', lastBucketStart: '2026-01-12', submitted: 3, correct: 0, accuracy: 0 },
    ]);
    expect(merged).toMatchObject({ submitted: 10, correct: 6, accuracy: 60, lastBucketStart: '2026-01-12' });
  });

  it('should speak German and offer Retry on failure', async () => {
    renderWithLearnlens(<AccuracyTrend params={params} animation={false} />, { adapter: tutoringAdapter({ failureRate: 1 }), viewer: tutoringViewer('learner'), messages: messagesDe });
    await waitFor(() => expect(widget()).toHaveAttribute('data-state', 'error'));
    expect(within(widget()).getByRole('heading', { name: 'Trefferquote' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Erneut versuchen' })).toBeInTheDocument();
  });
});
