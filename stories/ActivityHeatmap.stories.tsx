import { ActivityHeatmap, RecentAttempts, type ActivityHeatmapProps, type HeatmapSelection } from '@learnlens/ui';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { clickChartAt } from './support/chartPointer.js';
import { MOCK_NOW, states, widgetProps, type MockArgs } from './support/mockBackend.js';
import { widgetMeta } from './support/widgetStories.js';

const base = widgetMeta<ActivityHeatmapProps>(ActivityHeatmap);

const meta = {
  title: 'Widgets/ActivityHeatmap',
  ...base,
  argTypes: {
    ...base.argTypes,
    grid: { control: 'inline-radio', options: ['calendar', 'weekdayHour'] },
    view: { control: 'inline-radio', options: ['chart', 'table'] },
    renderer: { control: 'inline-radio', options: ['svg', 'canvas'] },
  },
  args: {
    ...base.args,
    params: { now: MOCK_NOW, from: '2026-05-04', to: '2026-11-01', timezone: 'UTC' },
    onSelect: fn(),
    animation: false,
  },
} satisfies Meta<ActivityHeatmapProps & MockArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Daily attempts over 26 weeks of the realistic dataset. */
export const Data: Story = {};

/** Attempts per weekday and hour, in Tokyo time. */
export const WeekdayHour: Story = {
  args: { grid: 'weekdayHour', params: { now: MOCK_NOW, from: '2026-05-04', to: '2026-11-01', timezone: 'Asia/Tokyo' } },
};

/** The data table instead of the chart: every number, and a Select button per day. */
export const Table: Story = { args: { defaultView: 'table' } };

export { Loading, Empty } from './support/widgetStories.js';

/** Every query fails; Retry tries again (set failureRate to 0 first to see it succeed). */
export const Error: Story = { args: states.error };

export { Malformed, Dark } from './support/widgetStories.js';

/** One org of 1,000 learners over a year, long names. */
// Its own page only: generating a 1,000-learner org takes seconds, and the docs page would wait for it.
export const Stress: Story = {
  tags: ['!autodocs'],
  args: { ...states.stress, params: { now: MOCK_NOW, from: '2025-11-01', to: '2026-11-01', timezone: 'UTC' } },
};

/** Clicking a day calls onSelect with it; clicking it again clears the selection. */
export const ClickSelectsADay: Story = {
  args: { latencyMs: 0 },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await canvas.findByRole('application', {}, { timeout: 10_000 });
    const chart = canvasElement.querySelector<HTMLElement>('[data-ll-chart]')!;
    await waitFor(() => expect(chart.querySelector('svg path')).not.toBeNull());
    clickChartAt(chart, 'calendar', '2026-09-15');
    await expect(args.onSelect).toHaveBeenLastCalledWith({ grid: 'calendar', date: '2026-09-15' });
    clickChartAt(chart, 'calendar', '2026-09-15');
    await expect(args.onSelect).toHaveBeenLastCalledWith(null);
  },
};

function CrossFilter(props: ActivityHeatmapProps) {
  const [day, setDay] = useState<HeatmapSelection | null>(null);
  const date = day?.grid === 'calendar' ? day.date : null;
  const next = date ? new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10) : null;
  return (
    <div style={{ display: 'grid', gap: 16 }}>
      <ActivityHeatmap
        {...props}
        selected={day}
        onSelect={(selection) => {
          setDay(selection);
          props.onSelect?.(selection);
        }}
      />
      <RecentAttempts
        params={{ now: MOCK_NOW, timezone: 'UTC' }}
        filters={date && next ? { from: date, to: next, activityId: null } : { from: '2026-05-04', to: '2026-11-01', activityId: null }}
        pageSize={5}
      />
    </div>
  );
}

/** Cross-filtering: choosing a day in the heatmap (keyboard: focus it, arrows, Enter) filters the attempts below. */
export const CrossFilterWithKeyboard: Story = {
  args: { latencyMs: 0 },
  render: (args) => <CrossFilter {...widgetProps(args)} />,
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const area = await canvas.findByRole('application', {}, { timeout: 10_000 });
    area.focus();
    await userEvent.keyboard('{Home}{Enter}');
    await expect(args.onSelect).toHaveBeenLastCalledWith({ grid: 'calendar', date: '2026-05-04' });
    const attempts = within(canvasElement.querySelector<HTMLElement>('[data-learnlens-widget=recent-attempts]')!);
    await waitFor(() => expect(attempts.getByLabelText('From')).toHaveValue('2026-05-04'));
    expect(attempts.getByLabelText('To')).toHaveValue('2026-05-04');
  },
};
