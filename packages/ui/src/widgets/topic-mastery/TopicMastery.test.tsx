// @vitest-environment jsdom
import { createClient } from '@learnlens/data-client';
import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { messagesDe } from '../../i18n/locales/de.js';
import { renderWithLearnlens } from '../../test-fixtures/render.js';
import { TUTORING_NOW, tutoringAdapter, tutoringViewer } from '../../test-fixtures/tutoring.js';
import { TopicMastery } from './TopicMastery.js';
import { levelCounts } from './topicMastery.utils.js';

const params = { now: TUTORING_NOW, from: '2026-08-01', to: '2026-11-01', timezone: 'UTC' };

function widget(): HTMLElement {
  return document.querySelector<HTMLElement>('[data-learnlens-widget=topic-mastery]')!;
}

// Found by comparing the attribute, not by a selector: topic names hold "&" and other selector-unfriendly characters.
function byTopic(row: Element, topic: string): HTMLElement {
  return [...row.querySelectorAll<HTMLElement>('td[data-topic]')].find((td) => td.dataset.topic === topic)!;
}

async function ready() {
  await waitFor(() => expect(widget()).toHaveAttribute('data-state', 'ready'));
}

describe('TopicMastery', () => {
  it("should lay a tutor's students down and topics across, one level per cell, with counts per column", async () => {
    const tutor = tutoringViewer('manager');
    renderWithLearnlens(<TopicMastery params={params} />, { adapter: tutoringAdapter(), viewer: tutor });
    await ready();
    const answer = await createClient({ adapter: tutoringAdapter() }).query('topicMastery', { ...params, grid: true, limit: 200 }, { viewer: tutor });
    const grid = answer.grid!;
    const table = within(widget()).getByRole('table');
    const bodyRows = table.querySelectorAll('tbody tr');
    expect([...bodyRows].map((r) => r.getAttribute('data-user-id'))).toEqual(grid.rows.map((r) => r.userId));
    for (const [i, row] of grid.rows.entries()) {
      for (const cell of row.cells) {
        expect(byTopic(bodyRows[i]!, cell.topic)).toHaveAttribute('data-level', cell.level);
      }
    }
    // Under each topic: how many students are at each level, adding up to the students shown.
    const topic = answer.topics[0]!.topic;
    const counts = levelCounts(grid.rows, topic);
    for (const level of ['mastered', 'proficient', 'familiar', 'attempted', 'not_started'] as const) {
      const footer = byTopic(table.querySelector(`tfoot tr[data-count-level=${level}]`)!, topic);
      expect(footer.textContent).toBe(String(counts[level]));
    }
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(grid.rows.length);
    expect(within(widget()).getByRole('list', { name: 'Mastery levels' }).querySelectorAll('li')).toHaveLength(5);
  });

  it("should show a learner their own topics as bars, with the table as the alternative", async () => {
    const user = userEvent.setup();
    const learner = tutoringViewer('learner');
    renderWithLearnlens(<TopicMastery params={params} animation={false} />, { adapter: tutoringAdapter(), viewer: learner });
    await ready();
    expect(widget().querySelector('[data-slot=content]')).toHaveAttribute('data-mode', 'learner');
    expect(within(widget()).getByRole('heading', { name: 'Accuracy by topic' })).toBeInTheDocument();
    expect(widget().querySelector('[data-slot=chart]')).not.toBeNull();
    await user.click(within(widget()).getByRole('button', { name: 'Table' }));
    const rows = within(widget()).getAllByRole('row').filter((r) => r.hasAttribute('data-topic'));
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.getAttribute('data-level') !== 'not_started')).toBe(true);
  });

  it('should speak German with the German catalog', async () => {
    renderWithLearnlens(<TopicMastery params={params} />, { adapter: tutoringAdapter(), viewer: tutoringViewer('manager'), messages: messagesDe });
    await ready();
    expect(within(widget()).getByRole('list', { name: 'Beherrschungsstufen' })).toHaveTextContent(/Gemeistert/);
  });

  it('should say why it is empty, and offer Retry on failure', async () => {
    renderWithLearnlens(<TopicMastery params={{ ...params, from: '2020-01-01', to: '2020-02-01' }} />, { adapter: tutoringAdapter(), viewer: tutoringViewer('manager') });
    await waitFor(() => expect(widget()).toHaveAttribute('data-state', 'empty'));
    expect(widget()).toHaveTextContent('No question was answered');
  });

  it('should offer Retry when the query fails', async () => {
    renderWithLearnlens(<TopicMastery params={params} />, { adapter: tutoringAdapter({ failureRate: 1 }), viewer: tutoringViewer('manager') });
    await waitFor(() => expect(widget()).toHaveAttribute('data-state', 'error'));
    expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });
});
