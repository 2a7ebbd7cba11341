// @vitest-environment jsdom
import type { Viewer } from '@learnlens/data-client';
import { composeStories, setProjectAnnotations } from '@storybook/react-vite';
import { cleanup, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import preview from '../../../../.storybook/preview.js';
import * as adminView from '../../../../stories/views/AdminView.stories.js';
import * as learnerView from '../../../../stories/views/LearnerView.stories.js';
import * as managerView from '../../../../stories/views/ManagerView.stories.js';
import { renderWithLearnlens } from '../test-fixtures/render.js';
import { AdminView } from './admin-view/AdminView.js';
import { LearnerView } from './learner-view/LearnerView.js';
import { ManagerView } from './manager-view/ManagerView.js';
import { datasetNow, spyAdapter, teamsOf, viewDataset, waitForReady, widget } from './test-fixtures/viewFixtures.js';

// The views of a band-scored org (IELTS writing, seed 000): bands against goals instead of the sales leaderboard.

setProjectAnnotations([preview]);
const adminStories = composeStories(adminView);
const managerStories = composeStories(managerView);
const learnerStories = composeStories(learnerView);

const dataset = viewDataset();
const now = datasetNow(dataset);
const band = dataset.orgs.find((o) => o.score_scale === 'band')!;
const viewerOf = (role: Viewer['role']): Viewer => {
  const user = dataset.users.find((u) => u.org_id === band.org_id && u.role === role)!;
  return { userId: user.user_id, role, orgId: band.org_id };
};

describe('the views of a band-scored org', () => {
  it("should show an admin each team's bands beside the usual admin widgets", async () => {
    const viewer = viewerOf('admin');
    const spy = spyAdapter(dataset);
    renderWithLearnlens(<AdminView now={now} timezone="UTC" teams={teamsOf(dataset, viewer)} scoreScale="band" animation={false} />, { adapter: spy.adapter, viewer });
    await waitForReady(['kpi-cards', 'band-progress', 'score-trend', 'recent-attempts']);
    expect(spy.requests('bandProgress').at(-1)?.params).toMatchObject({ groupBy: 'team' });
    expect(within(widget('band-progress')).getByRole('columnheader', { name: 'Team' })).toBeInTheDocument();
  });

  it("should show a manager each learner's bands against their goal instead of the leaderboard with talk time", async () => {
    const viewer = viewerOf('manager');
    const spy = spyAdapter(dataset);
    renderWithLearnlens(<ManagerView now={now} timezone="UTC" teams={teamsOf(dataset, viewer)} scoreScale="band" animation={false} />, { adapter: spy.adapter, viewer });
    await waitForReady(['kpi-cards', 'band-progress', 'team-performance', 'assignment-progress']);
    expect(document.querySelector('[data-learnlens-widget="leaderboard"]')).toBeNull();
    expect(spy.requests('leaderboard')).toHaveLength(0);
    expect(spy.requests('bandProgress').at(-1)?.params).toMatchObject({ groupBy: 'learner' });
    const rows = within(widget('band-progress')).getAllByRole('row').slice(1);
    const members = dataset.users.filter((u) => u.team_id === dataset.teams.find((t) => t.manager_id === viewer.userId)!.team_id);
    for (const row of rows) expect(members.map((m) => m.user_id)).toContain(row.getAttribute('data-id'));
    expect(within(widget('band-progress')).queryByText(/Talk/)).toBeNull();
  });

  it('should show a learner their own bands and goal, and no leaderboard or mastery path', async () => {
    const viewer = viewerOf('learner');
    const spy = spyAdapter(dataset);
    renderWithLearnlens(<LearnerView now={now} timezone="UTC" scoreScale="band" animation={false} />, { adapter: spy.adapter, viewer });
    await waitForReady(['band-progress', 'assignment-progress', 'score-trend', 'recent-attempts']);
    expect(within(widget('band-progress')).getByText('Your writing bands against your goal')).toBeInTheDocument();
    for (const name of ['leaderboard', 'mastery-trend', 'personal-stats']) expect(document.querySelector(`[data-learnlens-widget="${name}"]`)).toBeNull();
  });
});

describe('the band-org view stories', () => {
  it.each([
    ['AdminView', adminStories.BandOrg],
    ['ManagerView', managerStories.BandOrg],
    ['LearnerView', learnerStories.BandOrg],
  ] as const)('should show %s of the band org with its band progress, every widget ready', async (_view, story) => {
    const canvas = document.body.appendChild(document.createElement('div'));
    await story.run({ canvasElement: canvas });
    await waitFor(() => {
      const frames = [...canvas.querySelectorAll<HTMLElement>('.ll-view-cell > [data-learnlens-widget]')];
      expect(frames.map((f) => f.getAttribute('data-learnlens-widget'))).toContain('band-progress');
      expect(frames.map((f) => f.getAttribute('data-learnlens-widget'))).not.toContain('leaderboard');
      for (const frame of frames) expect(frame).toHaveAttribute('data-state', 'ready');
    }, { timeout: 20_000 });
    cleanup();
    document.body.innerHTML = '';
  }, 30_000);
});
