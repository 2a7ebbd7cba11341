// @vitest-environment jsdom
import { createClient, type Viewer } from '@learnlens/data-client';
import { createMockAdapter, createMockDataset } from '@learnlens/mock';
import { waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithLearnlens } from '../../test-fixtures/render.js';
import { EventCohorts } from './EventCohorts.js';

const dataset = createMockDataset({ seed: 3, orgs: 1, learnersPerOrg: 12, days: 60, endDate: '2026-11-01' });
const admin = dataset.users.find((u) => u.role === 'admin')!;
const viewer: Viewer = { userId: admin.user_id, role: 'admin', orgId: admin.org_id };
const learner = dataset.users.find((u) => u.role === 'learner')!;
const base = { now: '2026-10-31T18:00:00.000Z', from: '2026-09-01', to: '2026-11-01', timezone: 'UTC' };

async function rendered(ui: React.ReactElement, who: Viewer = viewer) {
  const result = renderWithLearnlens(ui, { adapter: createMockAdapter({ dataset }), viewer: who });
  const frame = () => result.container.querySelector('[data-learnlens-widget=event-cohorts]') as HTMLElement;
  await waitFor(() => expect(frame().getAttribute('data-state')).toMatch(/ready|empty|error/));
  return frame();
}

describe('EventCohorts', () => {
  it("should list every group of learners with its calls, events per call and average score", async () => {
    const params = { ...base, eventType: 'filler_word', bounds: [3, 5] };
    const frame = await rendered(<EventCohorts params={params} />);
    expect(frame).toHaveAttribute('data-state', 'ready');
    const { bands } = await createClient({ adapter: createMockAdapter({ dataset }) }).query('eventCohorts', params, { viewer });
    const rows = [...frame.querySelectorAll('tbody tr')];
    expect(rows.map((r) => within(r as HTMLElement).getByRole('rowheader').textContent)).toEqual([
      'Fewer than 3 per call',
      '3 to under 5 per call',
      '5 or more per call',
    ]);
    expect(rows.map((r) => r.getAttribute('data-learners'))).toEqual(bands.map((b) => String(b.learners)));
    const cells = within(rows[0] as HTMLElement).getAllByRole('cell').map((c) => c.textContent);
    expect(cells[1]).toBe(String(bands[0]!.attempts));
    expect(cells[3]).toBe(bands[0]!.avgScore!.toFixed(1));
    expect(frame.textContent).toContain('Filler words per call, averaged per learner');
  });

  it('should say so when no learner ended a call, and refuse a learner', async () => {
    const empty = await rendered(<EventCohorts params={{ ...base, from: '2020-01-01', to: '2020-02-01' }} />);
    expect(empty).toHaveAttribute('data-state', 'empty');
    expect(empty.textContent).toContain('No learner ended a call started');
    const refused = await rendered(<EventCohorts params={base} />, { userId: learner.user_id, role: 'learner', orgId: learner.org_id });
    expect(refused).toHaveAttribute('data-state', 'error');
  });
});
