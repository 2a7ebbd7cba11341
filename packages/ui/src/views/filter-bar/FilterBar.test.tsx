// @vitest-environment jsdom
import { fireEvent, screen, within } from '@testing-library/react';
import { de } from 'date-fns/locale/de';
import { ja } from 'date-fns/locale/ja';
import { userEvent } from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { messagesDe } from '../../i18n/locales/de.js';
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

function renderBar(ui: React.ReactElement, options: Partial<Parameters<typeof renderWithLearnlens>[1]> = {}) {
  const spy = spyAdapter(dataset);
  return { ...spy, ...renderWithLearnlens(ui, { adapter: spy.adapter, viewer: admin, ...options }) };
}

const bar = (name = 'Dashboard filters') => screen.getByRole('group', { name });

/** Types `text` into a date field and leaves it, as a user tabbing on would. */
function typeDate(field: HTMLElement, text: string) {
  fireEvent.change(field, { target: { value: text } });
  fireEvent.blur(field);
}

describe('FilterBar', () => {
  it('should start on the last 30 days up to now in the chosen time zone', () => {
    // 23:30 UTC on Oct 30 is already Oct 31 in Tokyo.
    renderBar(<FilterBar now="2026-10-30T23:30:00.000Z" timezone="Asia/Tokyo" activities={activities} />);
    expect(within(bar()).getByLabelText('Period')).toHaveDisplayValue('Last 30 days');
    expect(within(bar()).getByLabelText('From')).toHaveValue('10/02/2026');
    expect(within(bar()).getByLabelText('To')).toHaveValue('10/31/2026');
  });

  it('should set the range from a preset, and call a hand-picked range custom', async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    renderBar(<FilterBar now={now} timezone="UTC" activities={activities} onValueChange={onValueChange} />);
    await user.selectOptions(within(bar()).getByLabelText('Period'), 'Last 7 days');
    expect(onValueChange).toHaveBeenLastCalledWith({ from: '2026-10-25', to: '2026-11-01', teamId: null, activityId: null, day: null });
    await user.selectOptions(within(bar()).getByLabelText('Period'), 'This month');
    expect(within(bar()).getByLabelText('From')).toHaveValue('10/01/2026');

    typeDate(within(bar()).getByLabelText('From'), '09/15/2026');
    expect(within(bar()).getByLabelText('Period')).toHaveDisplayValue('Custom range');
    expect(onValueChange).toHaveBeenLastCalledWith(expect.objectContaining({ from: '2026-09-15', to: '2026-11-01' }));
  });

  it('should refuse a To before From with a message, instead of a silent empty dashboard', () => {
    const onValueChange = vi.fn();
    renderBar(<FilterBar now={now} timezone="UTC" activities={activities} onValueChange={onValueChange} />);
    typeDate(within(bar()).getByLabelText('To'), '09/01/2026');
    expect(onValueChange).not.toHaveBeenCalled();
    expect(within(bar()).getByRole('alert')).toHaveTextContent('is after To (Sep 1, 2026)');
    expect(within(bar()).getByLabelText('To')).toHaveAttribute('aria-invalid', 'true');
    // A valid range clears the message.
    typeDate(within(bar()).getByLabelText('From'), '08/01/2026');
    expect(within(bar()).queryByRole('alert')).toBeNull();
  });

  it("should show and read dates in the provider's locale, not the browser's", async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    renderBar(<FilterBar now={now} timezone="UTC" activities={activities} onValueChange={onValueChange} />, { locale: de, messages: messagesDe });
    const from = within(bar('Filter der Übersicht')).getByLabelText('Von');
    expect(from).toHaveValue('02.10.2026');
    expect(within(bar('Filter der Übersicht')).getByLabelText('Bis')).toHaveValue('31.10.2026');
    // Typed in German order and confirmed with Enter, from the keyboard alone.
    await user.clear(from);
    await user.type(from, '15.09.2026{Enter}');
    expect(onValueChange).toHaveBeenLastCalledWith(expect.objectContaining({ from: '2026-09-15', to: '2026-11-01' }));
    expect(from).toHaveValue('15.09.2026');
    // The calendar button is reachable by Tab right after the field and named for it.
    await user.tab();
    expect(within(bar('Filter der Übersicht')).getByRole('button', { name: 'Von-Datum im Kalender wählen' })).toHaveFocus();
  });

  it('should follow the locale order in Japanese and accept an ISO date anywhere', () => {
    const onValueChange = vi.fn();
    renderBar(<FilterBar now={now} timezone="UTC" activities={activities} onValueChange={onValueChange} />, { locale: ja });
    const to = within(bar()).getByLabelText('To');
    expect(to).toHaveValue('2026/10/31');
    typeDate(to, '2026-10-20');
    expect(onValueChange).toHaveBeenLastCalledWith(expect.objectContaining({ to: '2026-10-21' }));
    expect(to).toHaveValue('2026/10/20');
  });

  it('should refuse text that is no date with a message naming the format, and keep what was typed', () => {
    const onValueChange = vi.fn();
    renderBar(<FilterBar now={now} timezone="UTC" activities={activities} onValueChange={onValueChange} />);
    const from = within(bar()).getByLabelText('From');
    typeDate(from, '31/31/2026');
    expect(onValueChange).not.toHaveBeenCalled();
    expect(within(bar()).getByRole('alert')).toHaveTextContent('“31/31/2026” is not a date. Write it like 10/31/2026.');
    expect(from).toHaveAttribute('aria-invalid', 'true');
    expect(from).toHaveValue('31/31/2026');
    expect(within(bar()).getByLabelText('To')).not.toHaveAttribute('aria-invalid');
  });

  it("should take a day picked in the browser's calendar", async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    const { container } = renderBar(<FilterBar now={now} timezone="UTC" activities={activities} onValueChange={onValueChange} />);
    const showPicker = vi.fn();
    const native = container.querySelector<HTMLInputElement>('[data-slot=to-field] input[type=date]')!;
    native.showPicker = showPicker;
    await user.click(within(bar()).getByRole('button', { name: 'Choose the To date in a calendar' }));
    expect(showPicker).toHaveBeenCalledTimes(1);
    // The native input is out of the tab order and hidden from assistive technology: the text field is the control.
    expect(native).toHaveAttribute('tabindex', '-1');
    expect(native).toHaveAttribute('aria-hidden', 'true');
    fireEvent.change(native, { target: { value: '2026-10-15' } });
    expect(onValueChange).toHaveBeenLastCalledWith(expect.objectContaining({ to: '2026-10-16' }));
    expect(within(bar()).getByLabelText('To')).toHaveValue('10/15/2026');
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
    expect(within(bar()).getByLabelText('From')).toHaveValue('10/12/2026');
    expect(within(bar()).getByLabelText('To')).toHaveValue('10/12/2026');
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
