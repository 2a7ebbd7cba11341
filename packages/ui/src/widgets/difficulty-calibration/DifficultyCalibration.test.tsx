// @vitest-environment jsdom
import { createClient } from '@learnlens/data-client';
import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithLearnlens } from '../../test-fixtures/render.js';
import { TUTORING_NOW, tutoringAdapter, tutoringViewer } from '../../test-fixtures/tutoring.js';
import { DifficultyCalibration } from './DifficultyCalibration.js';
import { calibrationOrder, verdictOf } from './difficultyCalibration.utils.js';

const params = { now: TUTORING_NOW, from: '2026-07-01', to: '2026-11-01', timezone: 'UTC', minAttempts: 5 };
const admin = tutoringViewer('admin');

function widget(): HTMLElement {
  return document.querySelector<HTMLElement>('[data-learnlens-widget=difficulty-calibration]')!;
}

describe('DifficultyCalibration', () => {
  it('should list miscalibrated questions first, marked, and filter to them', async () => {
    const user = userEvent.setup();
    renderWithLearnlens(<DifficultyCalibration params={params} pageSize={100} />, { adapter: tutoringAdapter(), viewer: admin });
    await waitFor(() => expect(widget()).toHaveAttribute('data-state', 'ready'));
    const answer = await createClient({ adapter: tutoringAdapter() }).query('difficultyCalibration', params, { viewer: admin });
    const off = answer.questions.filter((q) => q.miscalibrated);
    expect(off.length).toBeGreaterThan(0);
    const rows = () => [...widget().querySelectorAll<HTMLElement>('[data-slot=questions] tbody tr')];
    expect(rows().map((r) => r.dataset.activityId)).toEqual(calibrationOrder(answer.questions).map((q) => q.activityId));
    expect(rows().slice(0, off.length).every((r) => r.dataset.flagged === 'true')).toBe(true);
    const first = off.find((q) => q.activityId === rows()[0]!.dataset.activityId)!;
    expect(within(rows()[0]!).getByText(verdictOf(first, answer.minAttempts) === 'tooEasy' ? 'Easier than declared' : 'Harder than declared')).toBeInTheDocument();
    expect(widget().querySelector('[data-slot=levels] tbody')!.querySelectorAll('tr')).toHaveLength(answer.levels.length);

    await user.click(within(widget()).getByRole('checkbox', { name: 'Only miscalibrated questions' }));
    expect(rows()).toHaveLength(off.length);
  });

  it('should page the questions', async () => {
    renderWithLearnlens(<DifficultyCalibration params={params} pageSize={3} />, { adapter: tutoringAdapter(), viewer: admin });
    await waitFor(() => expect(widget()).toHaveAttribute('data-state', 'ready'));
    expect(widget().querySelectorAll('[data-slot=questions] tbody tr')).toHaveLength(3);
    expect(within(widget()).getByRole('navigation', { name: 'Pages' })).toBeInTheDocument();
  });

  it('should offer Retry when the query fails', async () => {
    renderWithLearnlens(<DifficultyCalibration params={params} />, { adapter: tutoringAdapter({ failureRate: 1 }), viewer: admin });
    await waitFor(() => expect(widget()).toHaveAttribute('data-state', 'error'));
    expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });
});
