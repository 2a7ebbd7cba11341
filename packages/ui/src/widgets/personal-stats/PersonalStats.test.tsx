// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { NOW, people, viewerOf } from '../../test-fixtures/dataset.js';
import { renderWithLearnlens } from '../../test-fixtures/render.js';
import { PersonalStats } from './PersonalStats.js';

function stat(label: string): string {
  const dt = screen.getByText(label, { selector: '[data-slot="label"]' });
  return dt.closest('dt')?.nextElementSibling?.querySelector('[data-slot="value"]')?.textContent ?? '';
}

describe('PersonalStats', () => {
  it('should show the viewer own numbers and score trend', async () => {
    renderWithLearnlens(<PersonalStats params={{ now: NOW, from: '2026-04-01', to: '2026-06-01', bucket: 'month' }} />, {
      viewer: viewerOf(people.ada),
    });
    expect(await screen.findByRole('heading', { name: 'Your progress' })).toBeInTheDocument();
    await screen.findByText('Attempts this week', { selector: '[data-slot="label"]' });
    expect(stat('Attempts')).toBe('3');
    expect(stat('Average score')).toBe('88.3');
    expect(stat('Last attempt')).toBe('May 5, 2026');
    const trend = screen.getByRole('table', { name: 'Score trend' });
    expect(within(trend).getAllByRole('row').slice(1).map((r) => r.textContent)).toEqual(['April 202685.01', 'May 202690.02']);
  });

  it('should say why a learner without attempts sees no stats', async () => {
    renderWithLearnlens(<PersonalStats params={{ now: NOW, from: '2026-01-01', to: '2026-02-01' }} />, {
      viewer: viewerOf(people.cleo),
    });
    expect(
      await screen.findByText('You have no attempts between Jan 1, 2026 and Jan 31, 2026 yet; stats appear after the first one.'),
    ).toBeInTheDocument();
  });

  it('should refuse, with the reason, a learner asking for another learner stats', async () => {
    renderWithLearnlens(<PersonalStats params={{ now: NOW, userId: 'l-ben' }} />, { viewer: viewerOf(people.ada) });
    expect(await screen.findByRole('alert')).toHaveTextContent("You don't have access to these stats");
    expect(document.body.textContent).not.toContain('Ben Okafor');
  });
});
