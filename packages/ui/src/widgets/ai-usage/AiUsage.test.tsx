// @vitest-environment jsdom
import { createClient } from '@learnlens/data-client';
import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithLearnlens } from '../../test-fixtures/render.js';
import { TUTORING_NOW, tutoringAdapter, tutoringViewer } from '../../test-fixtures/tutoring.js';
import { AiUsage } from './AiUsage.js';
import { aiUsageTotals } from './aiUsage.utils.js';

const params = { now: TUTORING_NOW, from: '2026-09-01', to: '2026-11-01', timezone: 'UTC' };
const admin = tutoringViewer('admin');

function widget(): HTMLElement {
  return document.querySelector<HTMLElement>('[data-learnlens-widget=ai-usage]')!;
}

describe('AiUsage', () => {
  it('should sum each operation over the days, costliest first, and regroup by model on request', async () => {
    const user = userEvent.setup();
    const adapter = tutoringAdapter();
    const run = vi.spyOn(adapter, 'run');
    renderWithLearnlens(<AiUsage params={params} />, { adapter, viewer: admin });
    await waitFor(() => expect(widget()).toHaveAttribute('data-state', 'ready'));
    const answer = await createClient({ adapter: tutoringAdapter() }).query('aiUsage', params, { viewer: admin });
    const totals = aiUsageTotals(answer.rows);
    const rows = [...widget().querySelectorAll('tbody tr')];
    expect(rows.map((r) => r.getAttribute('data-key'))).toEqual(totals.map((t) => t.key));
    expect(rows[0]!.querySelector('[data-column=calls]')!.textContent).toBe(new Intl.NumberFormat('en-US').format(totals[0]!.calls));
    expect(totals[0]!.calls).toBe(answer.rows.filter((r) => r.key === totals[0]!.key).reduce((n, r) => n + r.calls, 0));
    await user.selectOptions(within(widget()).getByLabelText('Group by'), 'model');
    await waitFor(() => expect(run.mock.calls.at(-1)?.[0].params).toMatchObject({ groupBy: 'model' }));
  });

  it('should refuse a tutor (admins only) with an error and Retry', async () => {
    renderWithLearnlens(<AiUsage params={params} />, { adapter: tutoringAdapter(), viewer: tutoringViewer('manager') });
    await waitFor(() => expect(widget()).toHaveAttribute('data-state', 'error'));
    expect(screen.getByRole('alert')).toBeInTheDocument();
  });
});
