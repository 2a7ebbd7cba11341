// @vitest-environment jsdom
import { fireEvent, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { NOW, people, viewerOf } from '../../test-fixtures/dataset.js';
import { renderWithLearnlens } from '../../test-fixtures/render.js';
import { RecentAttempts } from './RecentAttempts.js';

function columnText(name: string): string[] {
  const table = screen.getByRole('table');
  const index = within(table).getAllByRole('columnheader').findIndex((h) => h.textContent?.startsWith(name));
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('cell')[index]!.textContent ?? '');
}

describe('RecentAttempts', () => {
  it('should list the attempts of the last 30 days, newest first', async () => {
    renderWithLearnlens(<RecentAttempts params={{ now: NOW }} />);
    await screen.findByRole('table');
    expect(columnText('Learner')).toEqual(['Dev Singh', 'Dev Singh', 'Cleo Park', 'Ben Okafor', 'Ada Lovelace', 'Ada Lovelace']);
    expect(columnText('Score')).toEqual(['—', '70', '80', '80', '92', '88']);
    expect(screen.getByLabelText('From')).toHaveValue('2026-04-21');
    expect(screen.getByLabelText('To')).toHaveValue('2026-05-20');
  });

  it('should filter by activity and by date range', async () => {
    const user = userEvent.setup();
    const onFiltersChange = vi.fn();
    renderWithLearnlens(<RecentAttempts params={{ now: NOW }} onFiltersChange={onFiltersChange} />);
    await screen.findByRole('option', { name: 'Objection handling' });
    await user.selectOptions(screen.getByLabelText('Activity'), 'Objection handling');
    await screen.findByText('1–2 of 2');
    expect(columnText('Learner')).toEqual(['Cleo Park', 'Ada Lovelace']);
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2026-05-06' } });
    await screen.findByText('1–1 of 1');
    expect(columnText('Learner')).toEqual(['Cleo Park']);
    expect(onFiltersChange).toHaveBeenLastCalledWith({ from: '2026-05-06', to: '2026-05-21', activityId: 'act-2' });
  });

  it('should page through the attempts', async () => {
    const user = userEvent.setup();
    renderWithLearnlens(<RecentAttempts params={{ now: NOW }} pageSize={4} />);
    expect(await screen.findByText('1–4 of 6')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Previous' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(await screen.findByText('5–6 of 6')).toBeInTheDocument();
    expect(columnText('Learner')).toEqual(['Ada Lovelace', 'Ada Lovelace']);
    expect(screen.getByRole('button', { name: 'Next' })).toBeDisabled();
  });

  it('should sort by score on the server when the header is pressed', async () => {
    const user = userEvent.setup();
    renderWithLearnlens(<RecentAttempts params={{ now: NOW }} />);
    await screen.findByRole('table');
    await user.click(screen.getByRole('button', { name: /Score/ }));
    await screen.findByText('92');
    expect(screen.getByRole('button', { name: /Score/ }).closest('th')).toHaveAttribute('aria-sort', 'descending');
    expect(columnText('Score')).toEqual(['92', '88', '80', '80', '70', '—']);
  });

  // Issue 10: the learner and activity columns did not sort. They sort on the server, over every page.
  it('should sort by learner and by activity on the server, across pages', async () => {
    const user = userEvent.setup();
    renderWithLearnlens(<RecentAttempts params={{ now: NOW }} pageSize={4} />);
    await screen.findByRole('table');
    await user.click(screen.getByRole('button', { name: /Learner/ }));
    await vi.waitFor(() => expect(columnText('Learner')).toEqual(['Ada Lovelace', 'Ada Lovelace', 'Ben Okafor', 'Cleo Park']));
    expect(screen.getByRole('button', { name: /Learner/ }).closest('th')).toHaveAttribute('aria-sort', 'ascending');
    await user.click(screen.getByRole('button', { name: /Learner/ }));
    await vi.waitFor(() => expect(columnText('Learner')).toEqual(['Dev Singh', 'Dev Singh', 'Cleo Park', 'Ben Okafor']));
    await user.click(screen.getByRole('button', { name: /Activity/ }));
    await vi.waitFor(() => {
      const activities = columnText('Activity');
      expect(activities).toEqual([...activities].sort());
      expect(screen.getByRole('button', { name: /Activity/ }).closest('th')).toHaveAttribute('aria-sort', 'ascending');
    });
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await screen.findByText('5–6 of 6');
  });

  it('should say why it is empty', async () => {
    renderWithLearnlens(<RecentAttempts params={{ now: NOW }} defaultFilters={{ from: '2025-01-01', to: '2025-02-01' }} />);
    expect(await screen.findByText('No attempts were started Jan 1, 2025 – Jan 31, 2025.')).toBeInTheDocument();
    expect(screen.getByLabelText('From')).toBeInTheDocument();
  });

  it('should show a learner only their own attempts, without a learner column', async () => {
    renderWithLearnlens(<RecentAttempts params={{ now: NOW }} />, { viewer: viewerOf(people.ben) });
    await screen.findByRole('table');
    expect(within(screen.getByRole('table')).queryByRole('columnheader', { name: 'Learner' })).not.toBeInTheDocument();
    expect(columnText('Activity')).toEqual(['Pitch practice']);
    expect(document.body.textContent).not.toContain('Ada Lovelace');
  });

  it('should give each attempt a View feedback button only when the host passes onViewFeedback, and call it with the attempt', async () => {
    const user = userEvent.setup();
    const view = renderWithLearnlens(<RecentAttempts params={{ now: NOW }} />);
    await screen.findByRole('table');
    expect(screen.queryByRole('button', { name: /View feedback/ })).toBeNull();
    expect(within(screen.getByRole('table')).getAllByRole('columnheader')).toHaveLength(5);

    const onViewFeedback = vi.fn();
    view.rerender(<RecentAttempts params={{ now: NOW }} onViewFeedback={onViewFeedback} />);
    const buttons = await screen.findAllByRole('button', { name: /^View feedback on / });
    const page = await view.client.query('recentAttempts', { now: NOW, from: '2026-04-21', to: '2026-05-21' }, { viewer: viewerOf(people.admin) });
    expect(buttons).toHaveLength(page.rows.length);
    expect(buttons[1]).toHaveTextContent('View feedback');
    expect(buttons[1]!.getAttribute('aria-label')).toContain(page.rows[1]!.activityName);
    await user.click(buttons[1]!);
    expect(onViewFeedback).toHaveBeenCalledTimes(1);
    expect(onViewFeedback).toHaveBeenCalledWith(page.rows[1]!.attemptId);
  });
});
