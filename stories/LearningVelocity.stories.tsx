import { LearningVelocity, type LearningVelocityProps } from '@learnlens/ui';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { MOCK_NOW, type MockArgs } from './support/mockBackend.js';
import { widgetMeta } from './support/widgetStories.js';

const base = widgetMeta<LearningVelocityProps>(LearningVelocity);

const meta = {
  title: 'Widgets/LearningVelocity',
  ...base,
  argTypes: { ...base.argTypes, view: { control: 'inline-radio', options: ['chart', 'table'] }, },
  args: {
    ...base.args,
    org: 'tutoring',
    role: 'manager',
    params: { now: MOCK_NOW, from: '2026-08-01', to: '2026-11-01', timezone: 'UTC' },
    animation: false,
  },
} satisfies Meta<LearningVelocityProps & MockArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Different questions and answers per day for a tutor's class. */
export const Data: Story = {};

/** The same numbers as a table. */
export const Table: Story = { args: { defaultView: 'table' } };

export { Loading, Empty, Error, Malformed, Dark, German } from './support/widgetStories.js';
