// @vitest-environment jsdom
import { createClient } from '@learnlens/data-client';
import { waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithLearnlens } from '../../test-fixtures/render.js';
import { TUTORING_NOW, tutoringAdapter, tutoringViewer } from '../../test-fixtures/tutoring.js';
import { CohortComparison } from './CohortComparison.js';

const params = { now: TUTORING_NOW, from: '2026-09-01', to: '2026-11-01', timezone: 'UTC' };
const admin = tutoringViewer('admin');

function widget(): HTMLElement {
  return document.querySelector<HTMLElement>('[data-learnlens-widget=cohort-comparison]')!;
}

describe('CohortComparison', () => {
  it('should show each cohort and year with its accuracy and per-student numbers, bars relative to the largest', async () => {
    renderWithLearnlens(<CohortComparison params={params} cohortNames={{}} />, { adapter: tutoringAdapter(), viewer: admin });
    await waitFor(() => expect(widget()).toHaveAttribute('data-state', 'ready'));
    const answer = await createClient({ adapter: tutoringAdapter() }).query('cohortComparison', params, { viewer: admin });
    const rows = [...widget().querySelectorAll<HTMLElement>('tbody tr')];
    expect(rows).toHaveLength(answer.rows.length);
    const top = Math.max(...answer.rows.map((r) => r.attemptsPerLearner));
    const biggest = answer.rows.findIndex((r) => r.attemptsPerLearner === top);
    expect(rows[biggest]!.querySelector('[data-column=perLearner] [data-slot=minibar]')).toHaveAttribute('data-ratio', '1.000');
    const r0 = answer.rows[0]!;
    expect(rows[0]!.querySelector('[data-column=learners]')!.textContent).toBe(`${r0.activeLearners} of ${r0.learners}`);
  });
});
