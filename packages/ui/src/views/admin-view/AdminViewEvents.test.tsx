// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { EVENTS_NOW, eventsAdapter, eventsAdmin } from '../../test-fixtures/eventsOrg.js';
import { renderWithLearnlens } from '../../test-fixtures/render.js';
import { waitForReady, widget } from '../test-fixtures/viewFixtures.js';
import { AdminView } from './AdminView.js';

// Seed 001's dashboards in the admin view of an org whose data are learning events.
const eventWidgets = ['engagement', 'content-performance', 'session-quality', 'mastery-trend', 'mastery-progression'] as const;

describe('AdminView of an events org', () => {
  it("should add the engagement, content, session and mastery dashboards, driven by the view's filters", async () => {
    renderWithLearnlens(<AdminView now={EVENTS_NOW} timezone="UTC" animation={false} events />, {
      adapter: eventsAdapter(),
      viewer: eventsAdmin,
    });
    await waitForReady(eventWidgets);
    expect(within(widget('engagement')).getByRole('heading', { name: 'Learner engagement' })).toBeInTheDocument();
    expect(within(widget('mastery-progression')).getByRole('heading', { name: 'Mastery progression' })).toBeInTheDocument();
    // The filter bar's default range (the last 30 days up to the view's today) reaches every dashboard.
    expect(within(widget('session-quality')).getByText(/Sessions started Oct 2, 2026 – Oct 31, 2026, by day/)).toBeInTheDocument();
  });

  it('should leave them out for an org whose data are attempts only', async () => {
    renderWithLearnlens(<AdminView now={EVENTS_NOW} timezone="UTC" animation={false} />, { adapter: eventsAdapter(), viewer: eventsAdmin });
    await waitForReady(['kpi-cards']);
    for (const name of eventWidgets) expect(document.querySelector(`[data-learnlens-widget="${name}"]`)).toBeNull();
    expect(screen.queryByText('Learner engagement')).toBeNull();
  });
});
