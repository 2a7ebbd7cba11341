// @vitest-environment jsdom
import { createClient, type Viewer } from '@learnlens/data-client';
import { createMockAdapter, createMockDataset } from '@learnlens/mock';
import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithLearnlens } from '../../test-fixtures/render.js';
import { EventTiming } from './EventTiming.js';

// A voice-training org (org-1 of a generated dataset): its calls carry seed 002's six KPI event types.
const dataset = createMockDataset({ seed: 3, orgs: 1, learnersPerOrg: 12, days: 60, endDate: '2026-11-01' });
const admin = dataset.users.find((u) => u.role === 'admin')!;
const viewer: Viewer = { userId: admin.user_id, role: 'admin', orgId: admin.org_id };
const params = { now: '2026-10-31T18:00:00.000Z', from: '2026-09-01', to: '2026-11-01', timezone: 'UTC' };
const answer = () => createClient({ adapter: createMockAdapter({ dataset }) }).query('eventTiming', params, { viewer });

describe('EventTiming', () => {
  it('should show each event type with its share of events per tenth of the call, in the table', async () => {
    const { container } = renderWithLearnlens(<EventTiming params={params} defaultView="table" animation={false} />, {
      adapter: createMockAdapter({ dataset }),
      viewer,
    });
    await waitFor(() => expect(container.querySelector('[data-learnlens-widget=event-timing]')).toHaveAttribute('data-state', 'ready'));
    const { rows } = await answer();
    expect(rows.map((r) => r.eventType)).toEqual(['filler_word', 'interruption', 'keyword_mentioned', 'long_pause', 'objection_raised', 'question_asked']);
    const filler = rows[0]!;
    const cells = within(container.querySelector('tr[data-event-type="filler_word"]') as HTMLElement).getAllByRole('cell').map((c) => c.textContent);
    expect(within(container.querySelector('tr[data-event-type="filler_word"]') as HTMLElement).getByRole('rowheader').textContent).toBe('Filler words');
    expect(cells[0]).toBe(String(filler.events));
    expect(cells[1]).toBe(String(filler.attempts));
    expect(cells.slice(2)).toEqual(filler.shares.map((s) => `${Math.round(s * 1000) / 10}%`));
    expect(screen.getByRole('columnheader', { name: '90%–100% of the call' })).toBeInTheDocument();
    expect(screen.getByText(/Questions asked/)).toBeInTheDocument();
  });

  it('should draw the heatmap and switch to the table', async () => {
    const { container } = renderWithLearnlens(<EventTiming params={params} animation={false} />, { adapter: createMockAdapter({ dataset }), viewer });
    await waitFor(() => expect(container.querySelector('[data-learnlens-widget=event-timing]')).toHaveAttribute('data-state', 'ready'));
    expect(container.querySelector('[data-slot=chart]')).toHaveAttribute('aria-label', expect.stringContaining('Share of each event type by tenth of the call'));
    expect(container.querySelector('table')).toHaveClass('ll-sr-only');
    await userEvent.click(screen.getByRole('button', { name: /table/i }));
    expect(container.querySelector('[data-slot=chart]')).toBeNull();
    expect(container.querySelector('table')).not.toHaveClass('ll-sr-only');
  });

  it("should name a host's own event types and say why it is empty", async () => {
    const custom = { ...params, eventTypes: ['attempt_completed'] };
    const { container } = renderWithLearnlens(
      <EventTiming params={custom} defaultView="table" typeNames={{ attempt_completed: 'Call ended' }} animation={false} />,
      { adapter: createMockAdapter({ dataset }), viewer },
    );
    await waitFor(() => expect(container.querySelector('[data-learnlens-widget=event-timing]')).toHaveAttribute('data-state', 'ready'));
    // A call's end is always in its last tenth.
    const row = container.querySelector('tr[data-event-type="attempt_completed"]') as HTMLElement;
    expect(within(row).getByRole('rowheader').textContent).toBe('Call ended');
    expect(within(row).getAllByRole('cell').at(-1)!.textContent).toBe('100%');

    // A host's own type that no call of this org has.
    const empty = renderWithLearnlens(<EventTiming params={{ ...params, eventTypes: ['escalation'] }} animation={false} />, { adapter: createMockAdapter({ dataset }), viewer });
    await waitFor(() => expect(empty.container.querySelector('[data-learnlens-widget=event-timing]')).toHaveAttribute('data-state', 'empty'));
    expect(empty.container.textContent).toContain('had filler words, interruptions, questions or other call events');
  });
});
