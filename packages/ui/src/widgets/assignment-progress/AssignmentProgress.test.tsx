// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { NOW, people, viewerOf } from '../../test-fixtures/dataset.js';
import { renderWithLearnlens } from '../../test-fixtures/render.js';
import { messagesDe } from '../../i18n/locales/de.js';
import { AssignmentProgress } from './AssignmentProgress.js';

describe('AssignmentProgress', () => {
  it('should show completion per assignment and warn about overdue ones', async () => {
    renderWithLearnlens(<AssignmentProgress params={{ now: NOW }} />, { viewer: viewerOf(people.manager) });
    await screen.findByRole('table');
    expect(screen.getByRole('status')).toHaveTextContent('1 assignment is overdue, with 1 learner behind.');
    const drill = screen.getByRole('progressbar', { name: 'Pitch practice drill completion' });
    expect(drill).toHaveAttribute('aria-valuenow', '75');
    expect(drill).toHaveAttribute('aria-valuetext', '3 of 4 completed');
    const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
    expect(rows[0]).toHaveAttribute('data-overdue', 'true');
    expect(within(rows[0]!).getByText('Overdue')).toBeInTheDocument();
    expect(rows[1]).toHaveTextContent('Objection handling review');
    expect(rows[1]).toHaveTextContent('Optional');
    expect(rows[1]).not.toHaveAttribute('data-overdue');
  });

  it('should say why it is empty', async () => {
    renderWithLearnlens(<AssignmentProgress params={{ now: NOW, from: '2026-07-01', to: '2026-08-01' }} />);
    expect(
      await screen.findByText('No assignments due between Jul 1, 2026 and Jul 31, 2026 for the learners you can see.'),
    ).toBeInTheDocument();
  });

  it('should name every column in the viewer\'s language', async () => {
    renderWithLearnlens(<AssignmentProgress params={{ now: NOW }} />, { viewer: viewerOf(people.manager), messages: messagesDe });
    const table = await screen.findByRole('table');
    const headers = within(table).getAllByRole('columnheader').map((th) => th.textContent);
    expect(headers).toEqual(['Aufgabe', 'Fällig', 'Erledigt', 'Überfällig']);
  });

  it('should give each assignment a Start button only when the host passes onStartAssignment, and call it with the assignment', async () => {
    const user = userEvent.setup();
    const learner = viewerOf(people.ada);
    const view = renderWithLearnlens(<AssignmentProgress params={{ now: NOW }} />, { viewer: learner });
    await screen.findByRole('table');
    expect(screen.queryByRole('button', { name: /^Start/ })).toBeNull();

    const onStartAssignment = vi.fn();
    view.rerender(<AssignmentProgress params={{ now: NOW }} onStartAssignment={onStartAssignment} />);
    const expected = await view.client.query('assignmentProgress', { now: NOW }, { viewer: learner });
    const buttons = await screen.findAllByRole('button', { name: /^Start / });
    expect(buttons.map((b) => b.getAttribute('aria-label'))).toEqual(expected.rows.map((r) => `Start ${r.title}`));
    expect(buttons[0]).toHaveTextContent(/^Start$/);
    await user.click(buttons.at(-1)!);
    expect(onStartAssignment).toHaveBeenCalledWith(expected.rows.at(-1)!.assignmentId);
    await user.keyboard('{Enter}');
    expect(onStartAssignment).toHaveBeenCalledTimes(2);
  });
});
