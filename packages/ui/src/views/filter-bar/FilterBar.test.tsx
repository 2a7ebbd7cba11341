// @vitest-environment jsdom
import { fireEvent, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithLearnlens } from '../../test-fixtures/render.js';
import { datasetNow, spyAdapter, viewDataset, viewerWith } from '../test-fixtures/viewFixtures.js';
import { FilterBar } from './FilterBar.js';
import type { ViewFilters } from './filterBar.types.js';

const dataset = viewDataset();
const now = datasetNow(dataset);
const admin = viewerWith(dataset, 'admin');
const teams = [
  { id: 'org-1-team-1', name: 'Team Aurora' },
  { id: 'org-1-team-2', name: 'Team Summit' },
];
const activities = [
  { id: 'act-a', name: 'Cold call' },
  { id: 'act-b', name: 'Discovery' },
];

function renderBar(ui: React.ReactElement) {
  const spy = spyAdapter(dataset);
  return { ...spy, ...renderWithLearnlens(ui, { adapter: spy.adapter, viewer: admin }) };
}

const bar = () => screen.getByRole('group', { name: 'Dashboard filters' });

describe('FilterBar', () => {
  it('should start on the last 30 days up to now in the chosen time zone', () => {
    // 23:30 UTC on Oct 30 is already Oct 31 in Tokyo.
    renderBar(<FilterBar now="2026-10-30T23:30:00.000Z" timezone="Asia/Tokyo" activities={activities} />);
    expect(within(bar()).getByLabelText('Period')).toHaveDisplayValue('Last 30 days');
    expect(within(bar()).getByLabelText('From')).toHaveValue('2026-10-02');
    expect(within(bar()).getByLabelText('To')).toHaveValue('2026-10-31');
  });

  it('should set the range from a preset, and call a hand-picked range custom', async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    renderBar(<FilterBar now={now} timezone="UTC" activities={activities} onValueChange={onValueChange} />);
    await user.selectOptions(within(bar()).getByLabelText('Period'), 'Last 7 days');
    expect(onValueChange).toHaveBeenLastCalledWith({ from: '2026-10-25', to: '2026-11-01', teamId: null, activityId: null, day: null });
    await user.selectOptions(within(bar()).getByLabelText('Period'), 'This month');
    expect(within(bar()).getByLabelText('From')).toHaveValue('2026-10-01');

    fireEvent.change(within(bar()).getByLabelText('From'), { target: { value: '2026-09-15' } });
    expect(within(bar()).getByLabelText('Period')).toHaveDisplayValue('Custom range');
    expect(onValueChange).toHaveBeenLastCalledWith(expect.objectContaining({ from: '2026-09-15', to: '2026-11-01' }));
  });

  it('should refuse a To before From with a message, instead of a silent empty dashboard', () => {
    const onValueChange = vi.fn();
    renderBar(<FilterBar now={now} timezone="UTC" activities={activities} onValueChange={onValueChange} />);
    fireEvent.change(within(bar()).getByLabelText('To'), { target: { value: '2026-09-01' } });
    expect(onValueChange).not.toHaveBeenCalled();
    expect(within(bar()).getByRole('alert')).toHaveTextContent('is after To (Sep 1, 2026)');
    expect(within(bar()).getByLabelText('To')).toHaveAttribute('aria-invalid', 'true');
    // A valid range clears the message.
    fireEvent.change(within(bar()).getByLabelText('From'), { target: { value: '2026-08-01' } });
    expect(within(bar()).queryByRole('alert')).toBeNull();
  });

  it('should offer all days, weekdays or weekends, and hand the choice on with the other filters', async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    renderBar(<FilterBar now={now} timezone="UTC" activities={activities} onValueChange={onValueChange} />);
    const days = within(bar()).getByLabelText('Days');
    expect(days).toHaveDisplayValue('All days');
    expect(within(days).getAllByRole('option').map((o) => o.textContent)).toEqual(['All days', 'Weekdays', 'Weekends']);
    await user.selectOptions(days, 'Weekends');
    expect(onValueChange).toHaveBeenLastCalledWith(expect.objectContaining({ days: 'weekends', from: '2026-10-02', to: '2026-11-01' }));
    expect(bar()).toHaveAttribute('data-days', 'weekends');
    // The range presets keep the choice.
    await user.selectOptions(within(bar()).getByLabelText('Period'), 'Last 7 days');
    expect(onValueChange).toHaveBeenLastCalledWith(expect.objectContaining({ days: 'weekends', from: '2026-10-25' }));
  });

  it('should offer the teams it is given and hide the team select without them', () => {
    const { unmount } = renderBar(<FilterBar now={now} timezone="UTC" activities={activities} teams={teams} />);
    const options = within(within(bar()).getByLabelText('Team')).getAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual(['All teams', 'Team Aurora', 'Team Summit']);
    unmount();
    renderBar(<FilterBar now={now} timezone="UTC" activities={activities} />);
    expect(within(bar()).queryByLabelText('Team')).toBeNull();
  });

  it('should list the activities the viewer has attempts on when the host gives none', async () => {
    const { requests } = renderBar(<FilterBar now={now} timezone="UTC" />);
    const select = within(bar()).getByLabelText('Activity');
    const orgActivities = dataset.activities.filter((a) => a.org_id === admin.orgId).map((a) => a.title);
    await within(select).findByRole('option', { name: orgActivities[0] });
    const names = within(select).getAllByRole('option').slice(1).map((o) => o.textContent);
    expect(names).toEqual([...names].sort((a, b) => a!.localeCompare(b!)));
    expect(names.every((n) => orgActivities.includes(n!))).toBe(true);
    expect(requests('activityInsights')).toHaveLength(1);
  });

  it('should not fetch activities when the host lists them', () => {
    const { requests } = renderBar(<FilterBar now={now} timezone="UTC" activities={activities} />);
    expect(within(within(bar()).getByLabelText('Activity')).getAllByRole('option').map((o) => o.textContent)).toEqual([
      'All activities',
      'Cold call',
      'Discovery',
    ]);
    expect(requests('activityInsights')).toHaveLength(0);
  });

  it('should show the heatmap day as a chip that removes it', async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    renderBar(
      <FilterBar
        now={now}
        timezone="UTC"
        activities={activities}
        defaultValue={{ day: '2026-10-12', activityId: 'act-b' }}
        onValueChange={onValueChange}
      />,
    );
    const chip = within(bar()).getByRole('button', { name: 'Clear the day filter (Oct 12, 2026) and show the whole period again' });
    expect(chip).toHaveTextContent('Only Oct 12, 2026');
    // The date inputs show the selection itself: From = To = that day.
    expect(within(bar()).getByLabelText('From')).toHaveValue('2026-10-12');
    expect(within(bar()).getByLabelText('To')).toHaveValue('2026-10-12');
    await user.click(chip);
    expect(onValueChange).toHaveBeenLastCalledWith(expect.objectContaining({ day: null, activityId: 'act-b' }));
    expect(within(bar()).queryByRole('button', { name: /Clear the day filter/ })).toBeNull();
  });

  it('should only report changes when controlled, and show what its owner passes back', async () => {
    const user = userEvent.setup();
    const value: ViewFilters = { from: '2026-10-02', to: '2026-11-01', teamId: null, activityId: null, day: null };
    const onValueChange = vi.fn();
    const { unmount } = renderBar(<FilterBar value={value} onValueChange={onValueChange} now={now} timezone="UTC" activities={activities} />);
    await user.selectOptions(within(bar()).getByLabelText('Activity'), 'Discovery');
    expect(onValueChange).toHaveBeenLastCalledWith({ ...value, activityId: 'act-b' });
    expect(within(bar()).getByLabelText('Activity')).toHaveValue('');
    unmount();

    function Owner() {
      const [filters, setFilters] = useState(value);
      return <FilterBar value={filters} onValueChange={setFilters} now={now} timezone="UTC" activities={activities} />;
    }
    renderBar(<Owner />);
    await user.selectOptions(within(bar()).getByLabelText('Activity'), 'Discovery');
    expect(within(bar()).getByLabelText('Activity')).toHaveValue('act-b');
  });
});
