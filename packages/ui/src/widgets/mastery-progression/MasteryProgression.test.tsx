// @vitest-environment jsdom
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { answer, EVENTS_NOW, eventsAdapter, eventsAdmin } from '../../test-fixtures/eventsOrg.js';
import { renderWithLearnlens } from '../../test-fixtures/render.js';
import { MasteryProgression } from './MasteryProgression.js';

const params = { now: EVENTS_NOW, from: '2026-09-01', to: '2026-11-01', timezone: 'UTC', threshold: 0.6 };

describe('MasteryProgression', () => {
  it('should list per learner and week the items mastered, newest week first, with the total', async () => {
    const { container } = renderWithLearnlens(<MasteryProgression params={params} />, { adapter: eventsAdapter(), viewer: eventsAdmin });
    await waitFor(() => expect(container.querySelector('[data-learnlens-widget=mastery-progression]')).toHaveAttribute('data-state', 'ready'));
    const { rows } = await answer('masteryProgression', { ...params, bucket: 'week' });
    expect(rows.length).toBeGreaterThan(0);
    const shown = [...container.querySelectorAll('tbody tr')].map((r) => `${r.getAttribute('data-week')} ${r.getAttribute('data-learner-id')}`);
    expect(shown).toEqual(rows.map((r) => `${r.bucketStart} ${r.learnerId}`).reverse());
    const total = rows.reduce((n, r) => n + r.itemsCrossed, 0);
    expect(screen.getByText(`${total} ${total === 1 ? 'item' : 'items'} reached mastery in this period.`)).toBeInTheDocument();
    expect(screen.getByText(/reached 60%/)).toBeInTheDocument();
  });
});
