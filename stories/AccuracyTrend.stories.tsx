import { AccuracyTrend, type AccuracyTrendProps } from '@learnlens/ui';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { MOCK_NOW, type MockArgs } from './support/mockBackend.js';
import { widgetMeta } from './support/widgetStories.js';

const base = widgetMeta<AccuracyTrendProps>(AccuracyTrend);

const meta = {
  title: 'Widgets/AccuracyTrend',
  ...base,
  argTypes: { ...base.argTypes, view: { control: 'inline-radio', options: ['chart', 'table'] }, bucket: { control: 'inline-radio', options: [undefined, 'day', 'week', 'month'] }, },
  args: {
    ...base.args,
    org: 'tutoring',
    role: 'manager',
    params: { now: MOCK_NOW, from: '2026-08-01', to: '2026-11-01', timezone: 'UTC' },
    animation: false,
  },
} satisfies Meta<AccuracyTrendProps & MockArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Answers correct of all submitted per bucket, in a tutoring org (a tutor's class). */
export const Data: Story = {};

/** The same numbers as a table. */
export const Table: Story = { args: { defaultView: 'table' } };

export { Loading, Empty, Error, Malformed, Dark, German } from './support/widgetStories.js';
