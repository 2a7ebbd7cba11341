// @vitest-environment jsdom
import { within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithLearnlens } from '../../test-fixtures/render.js';
import { TUTORING_NOW, tutoringAdapter, tutoringViewer } from '../../test-fixtures/tutoring.js';
import { waitForReady, widget } from '../test-fixtures/viewFixtures.js';
import { AdminView } from './AdminView.js';

// Seed 003's tutor and cohort reports in the admin view of a tutoring org (answers correct or not).
const tutoringWidgets = ['tutor-effectiveness', 'cohort-comparison'] as const;

describe('AdminView of a tutoring org', () => {
  it("should add the tutors' effectiveness and the cohorts", async () => {
    renderWithLearnlens(<AdminView now={TUTORING_NOW} timezone="UTC" animation={false} scoreScale="binary" />, {
      adapter: tutoringAdapter(),
      viewer: tutoringViewer('admin'),
    });
    await waitForReady(tutoringWidgets);
    expect(within(widget('tutor-effectiveness')).getByRole('heading', { name: 'Tutor effectiveness' })).toBeInTheDocument();
    expect(within(widget('cohort-comparison')).getByRole('heading', { name: 'Cohorts' })).toBeInTheDocument();
    // One row per tutor of the org, each a manager of the fixture's tutoring org.
    expect(widget('tutor-effectiveness').querySelectorAll('tbody tr').length).toBeGreaterThan(0);
    expect(widget('cohort-comparison').querySelectorAll('tbody tr').length).toBeGreaterThan(0);
  });

  it('should leave them out for an org scored on another scale', async () => {
    renderWithLearnlens(<AdminView now={TUTORING_NOW} timezone="UTC" animation={false} scoreScale="percent" />, {
      adapter: tutoringAdapter(),
      viewer: tutoringViewer('admin'),
    });
    await waitForReady(['kpi-cards']);
    for (const name of tutoringWidgets) expect(document.querySelector(`[data-learnlens-widget="${name}"]`)).toBeNull();
  });
});
