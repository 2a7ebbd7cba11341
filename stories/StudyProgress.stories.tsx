import { StudyProgress, type StudyProgressProps } from '@learnlens/ui';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { MOCK_NOW, type MockArgs } from './support/mockBackend.js';
import { widgetMeta } from './support/widgetStories.js';

const base = widgetMeta<StudyProgressProps>(StudyProgress);

const meta = {
  title: 'Widgets/StudyProgress',
  ...base,
  argTypes: { ...base.argTypes, rows: { control: { type: 'range', min: 1, max: 20, step: 1 } }, },
  args: {
    ...base.args,
    org: 'tutoring',
    role: 'learner',
    params: { now: MOCK_NOW, from: '2026-08-01', to: '2026-11-01', timezone: 'UTC' },
  },
} satisfies Meta<StudyProgressProps & MockArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A student's review cards due, topics mastered and weeks of answers. */
export const Data: Story = {};

/** Month by month over half a year. */
export const Months: Story = { args: { params: { now: MOCK_NOW, from: '2026-05-01', to: '2026-11-01', timezone: 'UTC', bucket: 'month' } } };

export { Loading, Empty, Error, Malformed, Dark, German } from './support/widgetStories.js';
