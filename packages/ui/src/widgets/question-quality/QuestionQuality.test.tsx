// @vitest-environment jsdom
import { createClient } from '@learnlens/data-client';
import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { messagesDe } from '../../i18n/locales/de.js';
import { renderWithLearnlens } from '../../test-fixtures/render.js';
import { TUTORING_NOW, tutoringAdapter, tutoringViewer } from '../../test-fixtures/tutoring.js';
import { QuestionQuality } from './QuestionQuality.js';

const params = { now: TUTORING_NOW, from: '2026-09-01', to: '2026-11-01', timezone: 'UTC' };
const tutor = tutoringViewer('manager');

function widget(): HTMLElement {
  return document.querySelector<HTMLElement>('[data-learnlens-widget=question-quality]')!;
}

async function ready() {
  await waitFor(() => expect(widget()).toHaveAttribute('data-state', 'ready'));
}

describe('QuestionQuality', () => {
  it("should list the tutor's questions with the query's numbers, most flagged first", async () => {
    const adapter = tutoringAdapter();
    renderWithLearnlens(<QuestionQuality params={params} />, { adapter, viewer: tutor });
    await ready();
    const expected = await createClient({ adapter: tutoringAdapter() }).query('questionQuality', { ...params, limit: 10 }, { viewer: tutor });
    const rows = within(widget()).getAllByRole('row').filter((r) => r.hasAttribute('data-activity-id'));
    expect(rows.map((r) => r.getAttribute('data-activity-id'))).toEqual(expected.rows.map((r) => r.activityId));
    const first = expected.rows[0]!;
    const cells = (column: string) => rows[0]!.querySelector(`[data-column=${column}]`)!.textContent;
    expect(cells('learners')).toBe(String(first.learners));
    expect(cells('accuracy')).toBe(first.accuracy === null ? '—' : `${(Math.round(first.accuracy * 10) / 10).toFixed(1).replace(/\.0$/, '')}%`);
    expect(within(widget()).getByRole('columnheader', { name: /Flag rate/ })).toHaveAttribute('aria-sort', 'descending');
  });

  it('should ask the query to sort the whole set when a header is clicked', async () => {
    const user = userEvent.setup();
    const adapter = tutoringAdapter();
    const run = vi.spyOn(adapter, 'run');
    renderWithLearnlens(<QuestionQuality params={params} />, { adapter, viewer: tutor });
    await ready();
    await user.click(within(widget()).getByRole('button', { name: /Accuracy/ }));
    await waitFor(() => expect(run.mock.calls.at(-1)?.[0].params).toMatchObject({ sort: '-accuracy', offset: 0 }));
    await user.click(within(widget()).getByRole('button', { name: /Accuracy/ }));
    await waitFor(() => expect(run.mock.calls.at(-1)?.[0].params).toMatchObject({ sort: 'accuracy' }));
    expect(within(widget()).getByRole('columnheader', { name: /Accuracy/ })).toHaveAttribute('aria-sort', 'ascending');
  });

  it('should hand the chosen row to onSelect and mark it selected', async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn();
    const { rerender } = renderWithLearnlens(<QuestionQuality params={params} onSelect={onSelect} />, { adapter: tutoringAdapter(), viewer: tutor });
    await ready();
    const buttons = within(widget()).getAllByRole('button', { name: /^Show / });
    await user.click(buttons[1]!);
    const chosen = onSelect.mock.calls[0]![0];
    expect(buttons[1]!.closest('tr')).toHaveAttribute('data-activity-id', chosen.activityId);
    rerender(<QuestionQuality params={params} onSelect={onSelect} selectedId={chosen.activityId} />);
    await waitFor(() => expect(buttons[1]!.closest('tr')).toHaveAttribute('data-selected', 'true'));
  });

  it('should name flag reasons in the viewer\'s language', async () => {
    renderWithLearnlens(<QuestionQuality params={params} />, { adapter: tutoringAdapter(), viewer: tutor, messages: messagesDe });
    await ready();
    expect(within(widget()).getByRole('heading', { name: 'Fragenqualität' })).toBeInTheDocument();
    const reasons = [...widget().querySelectorAll('td[data-column=reasons]')].map((c) => c.textContent).join(' ');
    expect(reasons).not.toMatch(/incorrect_answer|unclear_wording|too_difficult|Typo \(/);
    expect(reasons).toMatch(/Falsche Lösung|Unklar formuliert|Tippfehler|Zu schwer|Sonstiges/);
  });

  it('should offer Retry when the query fails', async () => {
    renderWithLearnlens(<QuestionQuality params={params} />, { adapter: tutoringAdapter({ failureRate: 1 }), viewer: tutor });
    await waitFor(() => expect(widget()).toHaveAttribute('data-state', 'error'));
    expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });
});
