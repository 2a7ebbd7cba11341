// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { messagesDe } from '../../i18n/locales/de.js';
import { answer, EVENTS_NOW, eventsAdapter, eventsAdmin } from '../../test-fixtures/eventsOrg.js';
import { renderWithLearnlens } from '../../test-fixtures/render.js';
import { Engagement } from './Engagement.js';

const params = { now: EVENTS_NOW, from: '2026-10-01', to: '2026-11-01', timezone: 'UTC' };

async function ready(container: HTMLElement) {
  await waitFor(() => expect(container.querySelector('[data-learnlens-widget=engagement]')).toHaveAttribute('data-state', 'ready'));
}

describe('Engagement', () => {
  it("should list each day's active learners, stickiness, events and time as the query answers them", async () => {
    const { container } = renderWithLearnlens(<Engagement params={params} defaultView="table" animation={false} />, {
      adapter: eventsAdapter(),
      viewer: eventsAdmin,
    });
    await ready(container);
    const { days } = await answer('engagement', params);
    expect(days.length).toBeGreaterThan(20);
    const last = days[days.length - 1]!;
    const row = container.querySelector(`tr[data-day="${last.day}"]`)!;
    const cells = within(row as HTMLElement).getAllByRole('cell').map((c) => c.textContent);
    expect(cells.slice(0, 4)).toEqual([String(last.dau), String(last.wau), String(last.mau), `${Math.round(last.stickiness * 1000) / 10}%`]);
    expect(cells[4]).toBe(last.events.toLocaleString('en-US'));
    // The latest day sums up the chart.
    expect(screen.getByText(new RegExp(`${last.dau} daily, ${last.wau} weekly and ${last.mau} monthly active learners`))).toBeInTheDocument();
  });

  it('should say why it is empty, and show the error with a Retry that loads once the backend recovers', async () => {
    renderWithLearnlens(<Engagement params={{ ...params, from: '2020-01-01', to: '2020-02-01' }} />, { adapter: eventsAdapter(), viewer: eventsAdmin });
    expect(await screen.findByText('No activity yet')).toBeInTheDocument();

    const user = userEvent.setup();
    const adapter = eventsAdapter({ failureRate: 1 });
    const { container } = renderWithLearnlens(<Engagement params={params} animation={false} />, { adapter, viewer: eventsAdmin });
    expect(await screen.findByRole('alert')).toHaveTextContent(/couldn't load .* just now/i);
    adapter.setFaults({ failureRate: 0 });
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    await ready(container);
  });

  it('should speak German with the German catalog', async () => {
    const { container } = renderWithLearnlens(<Engagement params={params} animation={false} />, {
      adapter: eventsAdapter(),
      viewer: eventsAdmin,
      messages: messagesDe,
    });
    await ready(container);
    expect(screen.getByRole('heading', { name: 'Engagement der Lernenden' })).toBeInTheDocument();
    expect(container.textContent).not.toMatch(/Daily active learners/);
  });
});
