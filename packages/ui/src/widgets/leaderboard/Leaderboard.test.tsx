// @vitest-environment jsdom
import type { QueryRequest, QueryResult } from '@learnlens/data-client';
import { screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { NOW, people, viewerOf } from '../../test-fixtures/dataset.js';
import { renderWithLearnlens, smallAdapter } from '../../test-fixtures/render.js';
import { Leaderboard } from './Leaderboard.js';

const may = { period: 'month', now: NOW } as const;

function bodyRows(): HTMLElement[] {
  return within(screen.getByRole('table')).getAllByRole('row').slice(1);
}

function column(name: string): string[] {
  const headers = within(screen.getByRole('table')).getAllByRole('columnheader');
  const index = headers.findIndex((h) => h.textContent?.startsWith(name));
  return bodyRows().map((row) => within(row).getAllByRole('cell')[index]!.textContent ?? '');
}

describe('Leaderboard', () => {
  it('should show ranks in order with tied learners on an equal rank', async () => {
    renderWithLearnlens(<Leaderboard params={may} />);
    await screen.findByRole('table');
    expect(column('Rank')).toEqual(['1', '2 (tied)', '2 (tied)', '4']);
    expect(column('Learner')).toEqual(['Ada Lovelace', 'Ben Okafor', 'Cleo Park', 'Dev Singh']);
    expect(screen.getByText('Scored attempts started May 1, 2026 – May 31, 2026')).toBeInTheDocument();
  });

  it('should show each learner movement against the previous period', async () => {
    renderWithLearnlens(<Leaderboard params={may} />);
    await screen.findByRole('table');
    expect(column('Change')).toEqual(['▲ 1up 1 place', '▼ 1down 1 place', 'newnew this period', '▼ 1down 1 place']);
  });

  it('should sort by a column from the keyboard and say so with aria-sort', async () => {
    const user = userEvent.setup();
    renderWithLearnlens(<Leaderboard params={may} />);
    await screen.findByRole('table');
    const learner = screen.getByRole('button', { name: /Learner/ });
    learner.focus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('button', { name: /Learner/ }).closest('th')).toHaveAttribute('aria-sort', 'ascending');
    await vi.waitFor(() => expect(column('Learner')).toEqual(['Ada Lovelace', 'Ben Okafor', 'Cleo Park', 'Dev Singh']));
    await user.click(screen.getByRole('button', { name: /Learner/ }));
    await vi.waitFor(() => expect(column('Learner')).toEqual(['Dev Singh', 'Cleo Park', 'Ben Okafor', 'Ada Lovelace']));
    await user.click(screen.getByRole('button', { name: /Average score/ }));
    expect(screen.getByRole('button', { name: /Average score/ }).closest('th')).toHaveAttribute('aria-sort', 'descending');
    await vi.waitFor(() => expect(column('Rank')[0]).toBe('1'));
  });

  // Issue 10: sorting re-sorted only the visible rows. The top rows by a column come from the whole ranked set.
  it('should ask the query for the whole ranked set in the chosen order, not re-sort the visible rows', async () => {
    const adapter = smallAdapter();
    const run = vi.spyOn(adapter, 'run');
    const user = userEvent.setup();
    renderWithLearnlens(<Leaderboard params={may} limit={2} />, { adapter });
    await screen.findByRole('table');
    expect(column('Learner')).toEqual(['Ada Lovelace', 'Ben Okafor']);
    await user.click(screen.getByRole('button', { name: /Learner/ }));
    await user.click(screen.getByRole('button', { name: /Learner/ }));
    // Descending by name over all four: Dev and Cleo, who were not among the two rows shown.
    await vi.waitFor(() => expect(column('Learner')).toEqual(['Dev Singh', 'Cleo Park']));
    const last = run.mock.calls.at(-1)![0] as Extract<QueryRequest, { name: 'leaderboard' }>;
    expect(last.params).toMatchObject({ sort: '-displayName', limit: 2 });
    expect(screen.queryByRole('button', { name: /Change/ })).toBeNull();
  });

  // The small dataset's team has four learners: shown to a learner only where the host sets k to 4 or less.
  const fourAllowed = { smallGroupThreshold: 4 };

  it('should never show a learner another learner real name', async () => {
    renderWithLearnlens(<Leaderboard params={may} />, { viewer: viewerOf(people.cleo), privacy: fourAllowed });
    await screen.findByRole('table');
    const text = document.body.textContent ?? '';
    for (const other of [people.ada, people.ben, people.dev, people.manager, people.admin]) {
      expect(text).not.toContain(other.display_name);
    }
    const self = bodyRows().find((row) => row.dataset.self === 'true');
    expect(self).toHaveTextContent('Cleo Park (you)');
    expect(bodyRows()).toHaveLength(4);
  });

  it('should highlight only the viewer own row', async () => {
    renderWithLearnlens(<Leaderboard params={may} />, { viewer: viewerOf(people.ada), privacy: fourAllowed });
    await screen.findByRole('table');
    expect(bodyRows().filter((row) => row.dataset.self === 'true').map((row) => row.textContent)).toEqual([
      expect.stringContaining('Ada Lovelace'),
    ]);
  });

  // Regression (issue 8): a learner in a small team saw each of their few peers' figures.
  it('should say the board is hidden when a learner would see fewer peers than the small-group threshold', async () => {
    renderWithLearnlens(<Leaderboard params={may} />, { viewer: viewerOf(people.cleo) });
    expect(await screen.findByText('Hidden to keep a small group anonymous')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(document.body.textContent).not.toMatch(/Ada Lovelace|Learner [0-9A-Z]{6}/);
  });

  it('should show only the top N learners in top mode', async () => {
    renderWithLearnlens(<Leaderboard params={may} limit={2} />);
    await screen.findByRole('table');
    expect(bodyRows()).toHaveLength(2);
    expect(screen.getByText(/top 2 of 4/)).toBeInTheDocument();
  });

  it('should say why the leaderboard is empty', async () => {
    renderWithLearnlens(<Leaderboard params={{ period: 'week', now: '2026-02-11T12:00:00Z' }} />);
    expect(await screen.findByText('No scored attempts were started Feb 9, 2026 – Feb 15, 2026.')).toBeInTheDocument();
  });

  it('should show the error, then the data after Retry', async () => {
    const user = userEvent.setup();
    const adapter = smallAdapter({ failureRate: 1 });
    renderWithLearnlens(<Leaderboard params={may} />, { adapter });
    expect(await screen.findByRole('alert')).toHaveTextContent("Couldn't load the leaderboard just now");
    adapter.setFaults({ failureRate: 0 });
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('table')).toBeInTheDocument();
    expect(column('Learner')[0]).toBe('Ada Lovelace');
  });

  it('should render a window of 100,000 learners and scroll through them', async () => {
    const adapter = smallAdapter();
    const run = adapter.run.bind(adapter);
    const total = 100_000;
    adapter.run = async (request: QueryRequest, signal?: AbortSignal) => {
      if (request.name !== 'leaderboard') return run(request, signal);
      const rows: QueryResult<'leaderboard'>['rows'] = Array.from({ length: total }, (_, i) => ({
        rank: i + 1,
        userId: i === 0 ? 'adm-1' : `u-${i}`,
        displayName: `Learner ${i + 1}`,
        avgScore: 100 - i / 1000,
        attempts: 3,
        totalDurationSeconds: 1800,
        avgTalkPercentage: 50,
        previousRank: null,
      }));
      const answer = await run(request, signal);
      return { ...answer, result: { period: { from: '2026-05-01', to: '2026-06-01', previousFrom: '2026-04-01', previousTo: '2026-05-01' }, total, rows } };
    };
    renderWithLearnlens(<Leaderboard params={may} mode="full" height={400} />, { adapter });
    const table = await screen.findByRole('table', {}, { timeout: 10_000 });
    expect(table).toHaveAttribute('aria-rowcount', String(total + 1));
    expect(bodyRows().length).toBeLessThan(60);
    expect(screen.getByText('Learner 2')).toBeInTheDocument();
    const scroller = screen.getByRole('region', { name: /100,000 learners/ });
    scroller.scrollTop = 36 * 50_000;
    scroller.dispatchEvent(new Event('scroll'));
    expect(await screen.findByText('Learner 50001')).toBeInTheDocument();
    expect(screen.queryByText('Learner 2')).not.toBeInTheDocument();
  });
});
