// @vitest-environment jsdom
import { createClient, type Viewer } from '@learnlens/data-client';
import { createMockAdapter, createMockDataset } from '@learnlens/mock';
import { screen, waitFor, within } from '@testing-library/react';
import { de } from 'date-fns/locale/de';
import { describe, expect, it } from 'vitest';
import { messagesDe } from '../../i18n/locales/de.js';
import { renderWithLearnlens } from '../../test-fixtures/render.js';
import { TeamPerformance } from './TeamPerformance.js';
import { barWidth, isTeamComparisonEmpty, teamPerformanceSummary } from './teamPerformance.utils.js';

const dataset = createMockDataset({ seed: 5, orgs: 1, learnersPerOrg: 24, teamSize: 6, days: 60 });
const adapter = createMockAdapter({ dataset });
const client = createClient({ adapter });
const NOW = '2026-10-31T12:00:00.000Z';
const teams = dataset.teams;
const viewerOf = (userId: string): Viewer => {
  const u = dataset.users.find((x) => x.user_id === userId)!;
  return { userId, role: u.role, orgId: u.org_id };
};
const manager = viewerOf(teams[2]!.manager_id);
const admin = viewerOf(dataset.users.find((u) => u.role === 'admin')!.user_id);
const learner = viewerOf(dataset.users.find((u) => u.role === 'learner')!.user_id);
const params = { now: NOW, from: '2026-09-01', to: '2026-11-01' };

async function ready(): Promise<HTMLElement> {
  const frame = document.querySelector<HTMLElement>('[data-learnlens-widget="team-performance"]')!;
  await waitFor(() => expect(frame).toHaveAttribute('data-state', 'ready'));
  return frame;
}

describe('TeamPerformance', () => {
  it("should show the manager's team average, completion rate and rank among the teams, and every team's bar", async () => {
    const expected = await client.query('teamComparison', params, { viewer: manager });
    const mine = expected.rows.find((r) => r.own)!;
    const ranked = expected.rows.filter((r) => r.rank !== null).length;
    renderWithLearnlens(<TeamPerformance params={params} />, { adapter, viewer: manager });
    const frame = await ready();
    expect(within(frame).getByText(`Rank ${mine.rank} of ${ranked}`)).toBeInTheDocument();
    const kpi = (name: string) => frame.querySelector(`[data-kpi="${name}"] [data-slot="value"]`)!;
    expect(kpi('avgScore')).toHaveTextContent(new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 }).format(mine.avgScore!));
    expect(kpi('completionRate')).toHaveTextContent(`${Math.round(mine.completionRate! * 100)}%`);
    expect(within(frame).getByText(`${mine.completed} of ${mine.assigned} completed`)).toBeInTheDocument();
    const rows = within(within(frame).getByRole('table')).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.getAttribute('data-team'))).toEqual(expected.rows.map((r) => r.teamId));
    expect(rows.filter((r) => r.getAttribute('data-self') === 'true').map((r) => r.getAttribute('data-team'))).toEqual([mine.teamId]);
    // The best team's bar fills the track; the others are drawn against it.
    const best = rows[0]!.querySelector<HTMLElement>('[data-slot="bar"] span')!;
    expect(best.style.width).toBe('100%');
    // Aggregates only: no learner of any team is named.
    for (const u of dataset.users.filter((x) => x.role === 'learner')) expect(frame.textContent).not.toContain(u.display_name);
  });

  it('should show an admin the distribution without a headline, or the team asked for', async () => {
    const view = renderWithLearnlens(<TeamPerformance params={params} />, { adapter, viewer: admin });
    let frame = await ready();
    expect(frame.querySelector('[data-slot="team-kpis"]')).toBeNull();
    expect(within(frame).getByText(`The organization’s ${teams.length} teams`)).toBeInTheDocument();
    view.rerender(<TeamPerformance params={params} teamId={teams[0]!.team_id} />);
    frame = await ready();
    expect(frame.querySelector('[data-slot="team-kpis"]')).not.toBeNull();
    expect(within(frame).getByText(`${teams[0]!.name} beside the organization’s ${teams.length} teams`)).toBeInTheDocument();
  });

  it('should say why it is empty when no team had attempts or assignments', async () => {
    renderWithLearnlens(<TeamPerformance params={{ now: NOW, from: '2021-01-01', to: '2021-02-01' }} />, { adapter, viewer: manager });
    expect(await screen.findByText('No team had attempts or assignments due in this period.')).toBeInTheDocument();
  });

  it('should refuse a learner with the scope error, not an empty card', async () => {
    renderWithLearnlens(<TeamPerformance params={params} />, { adapter, viewer: learner });
    expect(await screen.findByText("You don't have access to the team comparison.")).toBeInTheDocument();
  });

  it('should speak German with the German catalog', async () => {
    const expected = await client.query('teamComparison', params, { viewer: manager });
    const mine = expected.rows.find((r) => r.own)!;
    renderWithLearnlens(<TeamPerformance params={params} />, { adapter, viewer: manager, locale: de, messages: messagesDe });
    const frame = await ready();
    expect(within(frame).getByText('Teamleistung')).toBeInTheDocument();
    expect(within(frame).getByText(`Rang ${mine.rank} von ${expected.rows.filter((r) => r.rank !== null).length}`)).toBeInTheDocument();
  });
});

describe('teamPerformance utils', () => {
  const row = (teamId: string, avgScore: number | null, own = false, attempts = 1, assigned = 0) => ({
    teamId, teamName: teamId, own, rank: avgScore === null ? null : 1, avgScore, attempts, scoredAttempts: attempts, activeLearners: 1, assigned, completed: 0,
    completionRate: assigned === 0 ? null : 0,
  });
  it('should focus the asked team, else the own one, and count only ranked teams', () => {
    const rows = [row('a', 80), row('b', 60, true), row('c', null, false, 0, 2)];
    expect(teamPerformanceSummary(rows)).toMatchObject({ focus: { teamId: 'b' }, ranked: 2, maxAverage: 80 });
    expect(teamPerformanceSummary(rows, 'c').focus?.teamId).toBe('c');
    expect(teamPerformanceSummary(rows.map((r) => ({ ...r, own: false }))).focus).toBeNull();
  });
  it('should call a comparison empty only when no team had attempts or assignments', () => {
    expect(isTeamComparisonEmpty([])).toBe(true);
    expect(isTeamComparisonEmpty([row('a', null, false, 0, 0)])).toBe(true);
    expect(isTeamComparisonEmpty([row('a', null, false, 0, 3)])).toBe(false);
  });
  it('should draw bars against the best average and clamp them', () => {
    expect(barWidth(40, 80)).toBe(50);
    expect(barWidth(null, 80)).toBe(0);
    expect(barWidth(-5, 80)).toBe(0);
    expect(barWidth(10, null)).toBe(0);
  });
});
