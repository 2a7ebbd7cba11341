// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { de } from 'date-fns/locale/de';
import { describe, expect, it } from 'vitest';
import { createMockAdapter, datasetFromRows } from '@learnlens/mock';
import { NOW, people, smallRows } from '../../test-fixtures/dataset.js';
import { renderWithLearnlens, smallAdapter } from '../../test-fixtures/render.js';
import { KpiCards } from './KpiCards.js';

function card(label: string): HTMLElement {
  return screen.getByText(label).closest('[data-kpi]') as HTMLElement;
}

describe('KpiCards', () => {
  it('should show the org KPIs with the change against the previous period', async () => {
    renderWithLearnlens(<KpiCards params={{ now: NOW }} />);
    await screen.findByText('Active learners');
    expect(within(card('Active learners')).getByText('4')).toBeInTheDocument();
    expect(within(card('Completed attempts')).getByText('9')).toBeInTheDocument();
    expect(within(card('Average score')).getByText('81.3')).toBeInTheDocument();
    // Last 30 days (Apr 20 – May 20): the 6 May attempts; the 30 days before: the 3 April ones.
    expect(within(card('Completed attempts, last 30 days')).getByText('6')).toBeInTheDocument();
    expect(card('Completed attempts, last 30 days')).toHaveTextContent('up 100% vs the previous 30 days');
    expect(card('Completed attempts, last 7 days')).toHaveTextContent('down 100% vs the previous 7 days');
  });

  it('should draw a daily trend line in the learner, attempt and score cards, described for screen readers', async () => {
    renderWithLearnlens(<KpiCards params={{ now: NOW, from: '2026-05-01', to: '2026-05-21', timezone: 'UTC' }} />);
    const attempts = await screen.findByRole('img', { name: /^Completed attempts \(by start date\) per day, May 1, 2026 – May 20, 2026: lowest 0, highest \d+, last day \d+$/ });
    expect(card('Completed attempts')).toContainElement(attempts);
    expect(attempts.querySelector('svg')?.getAttribute('data-points')).toBe('20');
    expect(await screen.findByRole('img', { name: /^Learners who started an attempt per day/ })).toBeInTheDocument();
    expect(await screen.findByRole('img', { name: /^Average score of scored attempts started per day/ })).toBeInTheDocument();
    expect(card('Last activity').querySelector('[data-slot=trend]')).toBeNull();
  });

  // Issue 10: the "Completed attempts" card counts attempts that ended, the line counted every attempt started.
  it('should count in the attempts line what the card counts: completed attempts, by the day they started', async () => {
    const rows = smallRows();
    const base = rows.attempts.find((a) => a.user_id === people.ada.user_id && a.started_at.startsWith('2026-05-04'))!;
    // Two more attempts on May 19: one completed, one still in progress (no ended_at).
    const may19 = (id: string, ended: string | null) => ({ ...base, attempt_id: id, started_at: '2026-05-19T09:00:00.000Z', ended_at: ended });
    rows.attempts.push(may19('att-done', '2026-05-19T09:10:00.000Z'), may19('att-open', null));
    const adapter = createMockAdapter({ dataset: datasetFromRows(rows) });
    renderWithLearnlens(<KpiCards params={{ now: NOW, from: '2026-05-01', to: '2026-05-20', timezone: 'UTC' }} />, { adapter });
    const line = await screen.findByRole('img', { name: /^Completed attempts \(by start date\) per day/ });
    // The card: 6 of org A's May attempts plus the completed one; the line's days sum to the same, May 19 counts 1, not 2.
    expect(within(card('Completed attempts')).getByText('7')).toBeInTheDocument();
    expect(line).toHaveAccessibleName(/lowest 0, highest 1, last day 1$/);
  });

  it('should draw no trend line when the host turns them off or no range is set', async () => {
    renderWithLearnlens(
      <>
        <KpiCards params={{ now: NOW }} />
        <KpiCards params={{ now: NOW, from: '2026-05-01', to: '2026-05-21' }} trends={false} title="Second" />
      </>,
    );
    await screen.findAllByText('Active learners');
    await screen.findByText('Second');
    expect(document.querySelector('[data-slot=trend]')).toBeNull();
  });

  it('should leave out the cards a narrow date filter would mislabel, and say what each card counts', async () => {
    // May 4 – 20 holds the last 7 days but not the last 30: that card would count only 17 days, so it is left out.
    renderWithLearnlens(<KpiCards params={{ now: NOW, from: '2026-05-04', to: '2026-05-21', timezone: 'UTC' }} />);
    await screen.findByText('Active learners');
    expect(screen.queryByText('Completed attempts, last 30 days')).toBeNull();
    expect(screen.getByText('Completed attempts, last 7 days')).toBeInTheDocument();
    expect(card('Completed attempts')).toHaveTextContent('finished attempts, started May 4, 2026 – May 20, 2026');
  });

  it('should format numbers and dates in the provider locale', async () => {
    renderWithLearnlens(<KpiCards params={{ now: NOW }} cards={['avgScore', 'lastActivity']} />, { locale: de });
    expect(await screen.findByText('81,3')).toBeInTheDocument();
    // The compact date: day and month in the current year (NOW's), with the year in the hover title.
    expect(card('Last activity')).toHaveTextContent('9. Mai');
    expect(card('Last activity').querySelector('[data-slot=value]')?.getAttribute('title')).toMatch(/9\. Mai 2026/);
  });

  it('should let the host override any single string through the messages prop', async () => {
    renderWithLearnlens(<KpiCards params={{ now: NOW }} />, { messages: { 'kpi.title': 'Scorecard', 'kpi.activeUsers': 'Learners who showed up' } });
    expect(await screen.findByRole('heading', { name: 'Scorecard' })).toBeInTheDocument();
    expect(await screen.findByText('Learners who showed up')).toBeInTheDocument();
    expect(screen.getByText('Average score')).toBeInTheDocument();
  });

  it('should say why there is nothing to show', async () => {
    renderWithLearnlens(<KpiCards params={{ now: NOW, from: '2025-01-01', to: '2025-02-01' }} />);
    expect(await screen.findByText('No learner has completed an attempt between Jan 1, 2025 and Jan 31, 2025.')).toBeInTheDocument();
  });

  it('should show the error, then the data after Retry', async () => {
    const user = userEvent.setup();
    const adapter = smallAdapter({ failureRate: 1 });
    renderWithLearnlens(<KpiCards params={{ now: NOW }} />, { adapter });
    expect(await screen.findByRole('alert')).toHaveTextContent("Couldn't load the overview just now");
    adapter.setFaults({ failureRate: 0 });
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('Active learners')).toBeInTheDocument();
  });
});
