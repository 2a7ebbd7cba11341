// @vitest-environment jsdom
import { createClient, type Viewer } from '@learnlens/data-client';
import { createMockAdapter, createMockDataset } from '@learnlens/mock';
import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithLearnlens } from '../../test-fixtures/render.js';
import { createFormatters } from '../../widget-shell/format.js';
import { enUS } from 'date-fns/locale/en-US';
import { activityDetailMessages } from '../../i18n/en/activityDetail.js';
import { ActivityDetail } from './ActivityDetail.js';
import { bucketLabel, filledDays } from './activityDetail.utils.js';

const dataset = createMockDataset({ endDate: '2026-11-01', seed: 3, orgs: 3, learnersPerOrg: 16, teamSize: 4, days: 40 });
const adapter = createMockAdapter({ dataset });
const client = createClient({ adapter });
const NOW = '2026-10-31T12:00:00.000Z';
const viewerOf = (userId: string): Viewer => {
  const u = dataset.users.find((x) => x.user_id === userId)!;
  return { userId, role: u.role, orgId: u.org_id };
};
const adminOf = (i: number) => viewerOf(dataset.users.find((u) => u.org_id === dataset.orgs[i]!.org_id && u.role === 'admin')!.user_id);
const activityOf = (i: number) => dataset.activities.find((a) => a.org_id === dataset.orgs[i]!.org_id)!;
const params = { now: NOW, timezone: 'UTC', from: '2026-10-01', to: '2026-11-01' };
const format = createFormatters(enUS, {}, activityDetailMessages);

async function ready(state = 'ready'): Promise<HTMLElement> {
  const frame = document.querySelector<HTMLElement>('[data-learnlens-widget="activity-detail"]')!;
  await waitFor(() => expect(frame).toHaveAttribute('data-state', state), { timeout: 10_000 });
  return frame;
}

describe('ActivityDetail', () => {
  it("should show the activity's attempts, score distribution, attempts per day and learners as activityDetail gives them", async () => {
    const activity = activityOf(0);
    const expected = await client.query('activityDetail', { ...params, activityId: activity.activity_id, learnerLimit: 10 }, { viewer: adminOf(0) });
    renderWithLearnlens(<ActivityDetail activityId={activity.activity_id} params={params} animation={false} />, { adapter, viewer: adminOf(0) });
    const frame = await ready();
    expect(within(frame).getByRole('heading', { level: 3 })).toHaveTextContent(activity.title);
    expect(frame.querySelector('[data-kpi=attempts] [data-slot=value]')).toHaveTextContent(String(expected.attempts));
    expect(frame.querySelector('[data-kpi=learners] [data-slot=value]')).toHaveTextContent(String(expected.learnerTotal));
    // Ten buckets of ten points on a percent scale, each with its count.
    const buckets = [...frame.querySelectorAll<HTMLElement>('[data-slot=bucket]')];
    expect(buckets.map((b) => Number(b.dataset.count))).toEqual(expected.distribution.map((b) => b.count));
    expect(buckets[0]).toHaveTextContent('0 to under 10');
    expect(buckets[9]).toHaveTextContent('90 to 100');
    // Every day of the range, a day without attempts as 0.
    expect(frame.querySelectorAll('tr[data-day]')).toHaveLength(31);
    const learners = within(within(frame).getByRole('table', { name: 'Learners by attempts at this activity' })).getAllByRole('row').slice(1);
    expect(learners.map((r) => r.getAttribute('data-user-id'))).toEqual(expected.learners.map((l) => l.userId));
    expect(learners[0]).toHaveTextContent(expected.learners[0]!.displayName);
  });

  it("should label 0/1 scores as correct and incorrect, and a band scale's buckets by band", () => {
    const base = { distribution: [{ lower: 0, upper: 1, count: 2 }, { lower: 1, upper: 1, count: 5 }] };
    expect(bucketLabel(base.distribution[0]!, 0, { ...base, scoreScale: 'binary' }, format)).toBe('Incorrect (0)');
    expect(bucketLabel(base.distribution[1]!, 1, { ...base, scoreScale: 'binary' }, format)).toBe('Correct (1)');
    const band = { scoreScale: 'band' as const, distribution: Array.from({ length: 9 }, (_, k) => ({ lower: k, upper: k + 1, count: 0 })) };
    expect(bucketLabel(band.distribution[6]!, 6, band, format)).toBe('6 to under 7');
    expect(bucketLabel(band.distribution[8]!, 8, band, format)).toBe('8 to 9');
  });

  it('should fill the days between the first and last attempt with zeros when no range is given', () => {
    const result = { days: [{ day: '2026-10-01', attempts: 2, scoredAttempts: 1, avgScore: 70 }, { day: '2026-10-04', attempts: 1, scoredAttempts: 0, avgScore: null }] };
    expect(filledDays(result as never, {}).map((d) => [d.day, d.attempts])).toEqual([
      ['2026-10-01', 2],
      ['2026-10-02', 0],
      ['2026-10-03', 0],
      ['2026-10-04', 1],
    ]);
  });

  it('should show a learner only their own row', async () => {
    const learner = dataset.users.find((u) => u.org_id === dataset.orgs[0]!.org_id && u.role === 'learner')!;
    const activity = activityOf(0);
    renderWithLearnlens(<ActivityDetail activityId={activity.activity_id} params={{ now: NOW, timezone: 'UTC' }} animation={false} />, {
      adapter,
      viewer: viewerOf(learner.user_id),
    });
    const frame = await waitFor(() => {
      const f = document.querySelector<HTMLElement>('[data-learnlens-widget="activity-detail"]')!;
      expect(['ready', 'empty']).toContain(f.getAttribute('data-state'));
      return f;
    });
    for (const row of frame.querySelectorAll('tr[data-user-id]')) expect(row.getAttribute('data-user-id')).toBe(learner.user_id);
  });

  it("should refuse another org's activity with the scope error, and say why an activity without attempts is empty", async () => {
    const view = renderWithLearnlens(<ActivityDetail activityId={activityOf(1).activity_id} params={params} />, { adapter, viewer: adminOf(0) });
    const frame = await ready('error');
    expect(within(frame).getByRole('alert')).toHaveTextContent("You don't have access to the activity detail.");
    view.rerender(<ActivityDetail activityId={activityOf(0).activity_id} params={{ ...params, from: '2020-01-01', to: '2020-02-01' }} />);
    await ready('empty');
    expect(screen.getByText(`No attempts at ${activityOf(0).title} were started Jan 1, 2020 – Jan 31, 2020.`)).toBeInTheDocument();
  });

  it('should call onClose from its Back button, named for the activity', async () => {
    const user = userEvent.setup();
    const onClose = vi.fn();
    const activity = activityOf(2);
    renderWithLearnlens(<ActivityDetail activityId={activity.activity_id} params={params} onClose={onClose} animation={false} />, { adapter, viewer: adminOf(2) });
    const frame = await ready();
    expect(frame).toHaveAttribute('data-state', 'ready');
    expect(frame.querySelector('[data-slot=content]')).toHaveAttribute('data-scale', 'binary');
    await user.click(within(frame).getByRole('button', { name: `Close the detail of ${activity.title}` }));
    expect(onClose).toHaveBeenCalledTimes(1);
  });
});
