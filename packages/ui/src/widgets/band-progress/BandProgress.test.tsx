// @vitest-environment jsdom
import { createClient, type Viewer } from '@learnlens/data-client';
import { createMockAdapter, createMockDataset } from '@learnlens/mock';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { messagesAr } from '../../i18n/locales/ar.js';
import { messagesDe } from '../../i18n/locales/de.js';
import { messagesEs } from '../../i18n/locales/es.js';
import { messagesFr } from '../../i18n/locales/fr.js';
import { messagesJa } from '../../i18n/locales/ja.js';
import { bandProgressMessages } from '../../i18n/en/bandProgress.js';
import { renderWithLearnlens } from '../../test-fixtures/render.js';
import { BandProgress } from './BandProgress.js';
import { bandPosition, goalGap, isBandProgressEmpty } from './bandProgress.utils.js';

const dataset = createMockDataset({ seed: 5, orgs: 2, learnersPerOrg: 24, teamSize: 6, days: 60 });
const adapter = createMockAdapter({ dataset });
const client = createClient({ adapter });
const NOW = '2026-10-31T12:00:00.000Z';
const band = dataset.orgs.find((o) => o.score_scale === 'band')!;
const viewerOf = (userId: string): Viewer => {
  const u = dataset.users.find((x) => x.user_id === userId)!;
  return { userId, role: u.role, orgId: u.org_id };
};
const team = dataset.teams.find((t) => t.org_id === band.org_id)!;
const manager = viewerOf(team.manager_id);
const admin = viewerOf(dataset.users.find((u) => u.org_id === band.org_id && u.role === 'admin')!.user_id);
const learner = viewerOf(dataset.users.find((u) => u.org_id === band.org_id && u.role === 'learner' && u.team_id === team.team_id)!.user_id);
const params = { now: NOW, from: '2026-09-01', to: '2026-11-01' };
const en = new Intl.NumberFormat('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 2 });

async function ready(): Promise<HTMLElement> {
  const frame = document.querySelector<HTMLElement>('[data-learnlens-widget="band-progress"]')!;
  await waitFor(() => expect(frame).toHaveAttribute('data-state', 'ready'));
  return frame;
}

const kpi = (frame: HTMLElement, name: string) => frame.querySelector(`[data-kpi="${name}"] [data-slot="value"]`);

describe('BandProgress', () => {
  it("should show a manager's cohort bands, the share at goal and each writer against their goal", async () => {
    const expected = await client.query('bandProgress', params, { viewer: manager });
    renderWithLearnlens(<BandProgress params={params} />, { adapter, viewer: manager });
    const frame = await ready();
    const { summary } = expected;
    expect(kpi(frame, 'overallBand')).toHaveTextContent(en.format(summary.overallBand!));
    expect(kpi(frame, 'task1Band')).toHaveTextContent(en.format(summary.task1Band!));
    expect(kpi(frame, 'task2Band')).toHaveTextContent(en.format(summary.task2Band!));
    expect(kpi(frame, 'atGoal')).toHaveTextContent(`${Math.round(summary.atGoalShare! * 100)}%`);
    expect(within(frame).getByText(`${summary.learnersAtGoal} of ${summary.learnersWithGoal} learners with a goal`)).toBeInTheDocument();
    const rows = within(within(frame).getByRole('table')).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.getAttribute('data-id'))).toEqual(expected.rows.map((r) => r.id));
    // The bar is the overall band on the 0–9 scale; the goal is a tick at its own place.
    const first = expected.rows[0]!;
    expect(rows[0]!.querySelector<HTMLElement>('[data-slot="fill"]')!.style.width).toBe(`${(first.overallBand / 9) * 100}%`);
    expect(rows[0]!.querySelector<HTMLElement>('[data-slot="goal"]')!.style.insetInlineStart).toBe(`${(first.goalBand! / 9) * 100}%`);
    expect(rows[0]).toHaveTextContent(first.name);
  });

  it('should show an admin one row per team', async () => {
    const expected = await client.query('bandProgress', { ...params, groupBy: 'team' }, { viewer: admin });
    renderWithLearnlens(<BandProgress params={params} groupBy="team" />, { adapter, viewer: admin });
    const frame = await ready();
    expect(within(frame).getByRole('columnheader', { name: 'Team' })).toBeInTheDocument();
    const names = within(within(frame).getByRole('table')).getAllByRole('rowheader').map((c) => c.textContent);
    expect(names).toEqual(expected.rows.map((r) => r.name));
  });

  it("should show a learner their own bands against their goal, without a table of anyone's", async () => {
    const expected = await client.query('bandProgress', params, { viewer: learner });
    const own = expected.rows[0]!;
    renderWithLearnlens(<BandProgress params={params} />, { adapter, viewer: learner });
    const frame = await ready();
    expect(within(frame).queryByRole('table')).toBeNull();
    expect(within(frame).getByText('Your writing bands against your goal')).toBeInTheDocument();
    expect(kpi(frame, 'goalBand')).toHaveTextContent(en.format(own.goalBand!));
    const gap = goalGap(own.overallBand, own.goalBand)!;
    expect(within(frame).getByText(gap === 0 ? 'Goal reached' : `${en.format(gap)} below your goal`)).toBeInTheDocument();
    expect(frame.querySelector('[data-kpi="atGoal"]')).toBeNull();
  });

  it('should say why it is empty in an org without task bands', async () => {
    const sales = viewerOf(dataset.users.find((u) => u.org_id !== band.org_id && u.role === 'admin')!.user_id);
    renderWithLearnlens(<BandProgress params={params} />, { adapter, viewer: sales });
    expect(await screen.findByText('No attempt in this period has a task 1 or task 2 band.')).toBeInTheDocument();
  });

  it('should speak German with the German catalog', async () => {
    renderWithLearnlens(<BandProgress params={params} />, { adapter, viewer: manager, messages: messagesDe });
    const frame = await ready();
    expect(within(frame).getByText('Band-Fortschritt')).toBeInTheDocument();
    expect(within(frame).getByText('Ziel erreicht oder übertroffen')).toBeInTheDocument();
  });

  it('should have every word translated in every locale, not copied from English', () => {
    for (const messages of [messagesDe, messagesFr, messagesEs, messagesJa, messagesAr]) {
      for (const key of Object.keys(bandProgressMessages) as (keyof typeof bandProgressMessages)[]) {
        expect(messages[key], key).toBeDefined();
        // "Team" is the German word too.
        if (key !== 'bands.col.team' && key !== 'bands.no') expect(messages[key], key).not.toEqual(bandProgressMessages[key]);
      }
    }
  });
});

describe('bandProgress utils', () => {
  it('should place bands on the 0–9 track and clamp them', () => {
    expect(bandPosition(4.5)).toBe(50);
    expect(bandPosition(9)).toBe(100);
    expect(bandPosition(12)).toBe(100);
    expect(bandPosition(null)).toBe(0);
  });
  it('should give the gap to the goal in hundredths, and 0 at or above it', () => {
    expect(goalGap(6.38, 7)).toBe(0.62);
    expect(goalGap(7.25, 7)).toBe(0);
    expect(goalGap(null, 7)).toBeNull();
    expect(goalGap(6, null)).toBeNull();
  });
  it('should call a result empty only without banded attempts', () => {
    const summary = { learners: 0, attempts: 0, task1Band: null, task2Band: null, overallBand: null, goalBand: null, learnersWithGoal: 0, learnersAtGoal: 0, atGoalShare: null };
    expect(isBandProgressEmpty({ rows: [], summary })).toBe(true);
    expect(isBandProgressEmpty({ rows: [], summary: { ...summary, attempts: 1 } })).toBe(false);
  });
});
