// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { answer, EVENTS_NOW, eventsAdapter, eventsAdmin } from '../../test-fixtures/eventsOrg.js';
import { renderWithLearnlens } from '../../test-fixtures/render.js';
import { SessionQuality } from './SessionQuality.js';

const params = { now: EVENTS_NOW, from: '2026-10-01', to: '2026-11-01', timezone: 'UTC' };

describe('SessionQuality', () => {
  it("should list each day's sessions, length classes, completion rate and error share", async () => {
    const { container } = renderWithLearnlens(<SessionQuality params={params} defaultView="table" animation={false} />, {
      adapter: eventsAdapter(),
      viewer: eventsAdmin,
    });
    await waitFor(() => expect(container.querySelector('[data-learnlens-widget=session-quality]')).toHaveAttribute('data-state', 'ready'));
    const { days } = await answer('sessionQuality', params);
    expect(container.querySelectorAll('tbody tr')).toHaveLength(days.length);
    const day = days[0]!;
    const cells = within(container.querySelector(`tr[data-day="${day.day}"]`) as HTMLElement).getAllByRole('cell').map((c) => c.textContent);
    expect(cells[0]).toBe(String(day.sessions));
    expect(cells[3]).toBe(day.durationBuckets.join(' · '));
    expect(cells[6]).toBe(`${Math.round(day.errorShare * 1000) / 10}%`);
    expect(screen.getByRole('button', { name: /chart/i })).toBeInTheDocument();
  });
});
