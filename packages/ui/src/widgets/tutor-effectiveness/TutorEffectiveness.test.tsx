// @vitest-environment jsdom
import { createClient } from '@learnlens/data-client';
import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createFormatters } from '../../widget-shell/format.js';
import { enUS } from 'date-fns/locale/en-US';
import { renderWithLearnlens } from '../../test-fixtures/render.js';
import { TUTORING_NOW, tutoringAdapter, tutoringViewer } from '../../test-fixtures/tutoring.js';
import { TutorEffectiveness } from './TutorEffectiveness.js';
import { tutorEffectivenessMessages } from '../../i18n/en/tutorEffectiveness.js';
import { pointsText } from './tutorEffectiveness.utils.js';

const params = { now: TUTORING_NOW, from: '2026-09-01', to: '2026-11-01', timezone: 'UTC' };
const admin = tutoringViewer('admin');

function widget(): HTMLElement {
  return document.querySelector<HTMLElement>('[data-learnlens-widget=tutor-effectiveness]')!;
}

describe('TutorEffectiveness', () => {
  it('should list every tutor of the answer and sort by a column when asked', async () => {
    const user = userEvent.setup();
    renderWithLearnlens(<TutorEffectiveness params={params} />, { adapter: tutoringAdapter(), viewer: admin });
    await waitFor(() => expect(widget()).toHaveAttribute('data-state', 'ready'));
    const answer = await createClient({ adapter: tutoringAdapter() }).query('tutorEffectiveness', params, { viewer: admin });
    const ids = () => [...widget().querySelectorAll('tbody tr')].map((r) => r.getAttribute('data-tutor-id'));
    expect([...ids()].sort()).toEqual(answer.rows.map((r) => r.tutorId).sort());
    await user.click(within(widget()).getByRole('button', { name: /Sessions held/ }));
    const bySessions = [...answer.rows].sort((a, b) => b.sessionsConducted - a.sessionsConducted).map((r) => r.sessionsConducted);
    const shown = [...widget().querySelectorAll('tbody td[data-column=sessions]')].map((c) => Number(c.textContent));
    expect(shown).toEqual(bySessions);
    expect(within(widget()).getByRole('columnheader', { name: /Sessions held/ })).toHaveAttribute('aria-sort', 'descending');
  });

  it('should write a change in accuracy as signed percentage points', () => {
    const format = createFormatters(enUS, {}, tutorEffectivenessMessages);
    expect(pointsText(4.25, format)).toBe('+4.3 pts');
    expect(pointsText(-12, format)).toBe('−12.0 pts');
    expect(pointsText(null, format)).toBe('—');
  });

  it('should offer Retry when the query fails', async () => {
    renderWithLearnlens(<TutorEffectiveness params={params} />, { adapter: tutoringAdapter({ failureRate: 1 }), viewer: admin });
    await waitFor(() => expect(widget()).toHaveAttribute('data-state', 'error'));
    expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });
});
