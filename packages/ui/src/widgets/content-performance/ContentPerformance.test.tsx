// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { answer, EVENTS_NOW, eventsAdapter, eventsAdmin } from '../../test-fixtures/eventsOrg.js';
import { renderWithLearnlens } from '../../test-fixtures/render.js';
import { ContentPerformance } from './ContentPerformance.js';
import { rankedContent } from './contentPerformance.utils.js';

const params = { now: EVENTS_NOW, from: '2026-10-01', to: '2026-11-01', timezone: 'UTC' };

describe('ContentPerformance', () => {
  it('should list the items with most learners first, named, with their completion, score and time', async () => {
    const { container } = renderWithLearnlens(<ContentPerformance params={params} limit={5} contentNames={{ 'act-3-01': 'Fractions' }} />, {
      adapter: eventsAdapter(),
      viewer: eventsAdmin,
    });
    await waitFor(() => expect(container.querySelector('[data-learnlens-widget=content-performance]')).toHaveAttribute('data-state', 'ready'));
    const { rows } = await answer('contentPerformance', params);
    const shown = rankedContent(rows, 5);
    expect(shown.length).toBe(5);
    expect([...container.querySelectorAll('tbody tr')].map((r) => r.getAttribute('data-content-id'))).toEqual(shown.map((r) => r.contentId));
    const first = shown[0]!;
    const cells = within(container.querySelector('tbody tr') as HTMLElement).getAllByRole('cell').map((c) => c.textContent);
    expect(cells.slice(0, 3)).toEqual([String(first.learners), String(first.starts), String(first.completions)]);
    expect(cells[4]).toBe(first.avgAssessmentScore === null ? '—' : first.avgAssessmentScore.toFixed(1));
    if (shown.some((r) => r.contentId === 'act-3-01')) expect(screen.getByText('Fractions')).toBeInTheDocument();
  });

  it('should rank by learners, then completions, then id', () => {
    const row = (contentId: string, learners: number, completions: number) => ({
      contentId,
      learners,
      starts: 0,
      completions,
      completionRate: 1,
      avgAssessmentScore: null,
      avgTimeSeconds: 0,
    });
    expect(rankedContent([row('b', 2, 1), row('a', 2, 1), row('c', 2, 3), row('d', 5, 0)], 3).map((r) => r.contentId)).toEqual(['d', 'c', 'a']);
  });
});
