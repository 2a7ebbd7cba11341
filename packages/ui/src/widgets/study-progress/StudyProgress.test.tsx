// @vitest-environment jsdom
import { createClient } from '@learnlens/data-client';
import { waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithLearnlens } from '../../test-fixtures/render.js';
import { TUTORING_NOW, tutoringAdapter, tutoringViewer } from '../../test-fixtures/tutoring.js';
import { StudyProgress } from './StudyProgress.js';
import { snapshotEnd } from './studyProgress.utils.js';

const params = { now: TUTORING_NOW, from: '2026-09-01', to: '2026-11-01', timezone: 'UTC' };

function widget(): HTMLElement {
  return document.querySelector<HTMLElement>('[data-learnlens-widget=study-progress]')!;
}

describe('StudyProgress', () => {
  it("should show a learner's review cards due and topics from their latest snapshot", async () => {
    const learner = tutoringViewer('learner');
    renderWithLearnlens(<StudyProgress params={params} />, { adapter: tutoringAdapter(), viewer: learner });
    await waitFor(() => expect(widget()).toHaveAttribute('data-state', 'ready'));
    const answer = await createClient({ adapter: tutoringAdapter() }).query('progressSnapshots', { ...params, userIds: [learner.userId] }, { viewer: learner });
    const latest = [...answer.rows].sort((a, b) => a.bucketStart.localeCompare(b.bucketStart)).at(-1)!;
    const kpi = (id: string) => widget().querySelector(`[data-kpi=${id}] dd`)!.textContent;
    expect(kpi('cards-due')).toBe(String(latest.cardsDue));
    expect(kpi('mastered')).toBe(String(latest.topicsMastered));
    expect(within(widget()).getAllByRole('row').length).toBeGreaterThan(1);
  });

  it('should end a week on its Sunday, or on the last day of the range when that comes first', () => {
    expect(snapshotEnd('2026-10-26', 'week', undefined)).toBe('2026-11-01');
    expect(snapshotEnd('2026-10-26', 'week', '2026-10-30')).toBe('2026-10-29');
    expect(snapshotEnd('2026-12-01', 'month', undefined)).toBe('2026-12-31');
  });
});
