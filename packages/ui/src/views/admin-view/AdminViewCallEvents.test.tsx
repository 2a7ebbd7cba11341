// @vitest-environment jsdom
import type { Viewer } from '@learnlens/data-client';
import { createMockAdapter, createMockDataset } from '@learnlens/mock';
import { within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithLearnlens } from '../../test-fixtures/render.js';
import { waitForReady, widget } from '../test-fixtures/viewFixtures.js';
import { AdminView } from './AdminView.js';

// Seed 002's call events in the admin view of a voice org (org-1 of a generated dataset).
const dataset = createMockDataset({ seed: 3, orgs: 1, learnersPerOrg: 12, days: 60, endDate: '2026-11-01' });
const admin = dataset.users.find((u) => u.role === 'admin')!;
const viewer: Viewer = { userId: admin.user_id, role: 'admin', orgId: admin.org_id };
const NOW = '2026-10-31T18:00:00.000Z';

describe('AdminView of a voice org', () => {
  it("should add where in a call events happen and the learner groups, under the view's filters", async () => {
    renderWithLearnlens(<AdminView now={NOW} timezone="UTC" animation={false} callEvents />, { adapter: createMockAdapter({ dataset }), viewer });
    await waitForReady(['event-timing', 'event-cohorts']);
    expect(within(widget('event-timing')).getByRole('heading', { name: 'When events happen in a call' })).toBeInTheDocument();
    // The filter bar's default range (the last 30 days up to the view's today) reaches both.
    expect(within(widget('event-cohorts')).getByText(/Questions asked per call, averaged per learner, for calls started Oct 2, 2026 – Oct 31, 2026/)).toBeInTheDocument();
  });

  it('should group learners by the event type and bounds the host chose', async () => {
    const groups = { eventType: 'filler_word', bounds: [2, 5] };
    renderWithLearnlens(<AdminView now={NOW} timezone="UTC" animation={false} callEvents callEventGroups={groups} />, {
      adapter: createMockAdapter({ dataset }),
      viewer,
    });
    await waitForReady(['event-cohorts']);
    expect(within(widget('event-cohorts')).getByText(/^Filler words per call, averaged per learner/, { selector: 'p, div, span' })).toBeInTheDocument();
    expect(within(widget('event-cohorts')).getByText('5 or more per call')).toBeInTheDocument();
  });

  it('should leave them out without callEvents', async () => {
    renderWithLearnlens(<AdminView now={NOW} timezone="UTC" animation={false} />, { adapter: createMockAdapter({ dataset }), viewer });
    await waitForReady(['kpi-cards']);
    expect(document.querySelector('[data-learnlens-widget="event-timing"]')).toBeNull();
    expect(document.querySelector('[data-learnlens-widget="event-cohorts"]')).toBeNull();
  });
});
