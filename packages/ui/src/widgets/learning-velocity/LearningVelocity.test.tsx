// @vitest-environment jsdom
import { createClient } from '@learnlens/data-client';
import { waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithLearnlens } from '../../test-fixtures/render.js';
import { TUTORING_NOW, tutoringAdapter, tutoringViewer } from '../../test-fixtures/tutoring.js';
import { LearningVelocity } from './LearningVelocity.js';
import { velocitySummary } from './learningVelocity.utils.js';

const params = { now: TUTORING_NOW, from: '2026-10-01', to: '2026-11-01', timezone: 'UTC' };

function widget(): HTMLElement {
  return document.querySelector<HTMLElement>('[data-learnlens-widget=learning-velocity]')!;
}

describe('LearningVelocity', () => {
  it('should list every active day with its different questions and answers, never merging days', async () => {
    const learner = tutoringViewer('learner');
    renderWithLearnlens(<LearningVelocity params={params} defaultView="table" animation={false} />, { adapter: tutoringAdapter(), viewer: learner });
    await waitFor(() => expect(widget()).toHaveAttribute('data-state', 'ready'));
    const answer = await createClient({ adapter: tutoringAdapter() }).query('learningVelocity', params, { viewer: learner });
    const rows = [...widget().querySelectorAll('tbody tr')];
    expect(rows.map((r) => r.getAttribute('data-day'))).toEqual(answer.days.map((d) => d.day));
    expect([...rows[0]!.querySelectorAll('td')].slice(0, 2).map((c) => c.textContent)).toEqual([String(answer.days[0]!.questionsAttempted), String(answer.days[0]!.attempts)]);
  });

  it('should weight the average time by answers with a time', () => {
    const summary = velocitySummary([
      { day: '2026-10-01', questionsAttempted: 2, attempts: 3, avgTimeSeconds: 10 },
      { day: '2026-10-02', questionsAttempted: 4, attempts: 1, avgTimeSeconds: 50 },
      { day: '2026-10-03', questionsAttempted: 3, attempts: 2, avgTimeSeconds: null },
    ]);
    expect(summary).toEqual({ questions: 3, answers: 2, seconds: 20 });
  });
});
