import { masteryLevelOrder, TopicMastery, type TopicMasteryProps } from '@learnlens/ui';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { MOCK_NOW, type MockArgs } from './support/mockBackend.js';
import { widgetMeta } from './support/widgetStories.js';

const base = widgetMeta<TopicMasteryProps>(TopicMastery);

const meta = {
  title: 'Widgets/TopicMastery',
  ...base,
  argTypes: {
    ...base.argTypes,
    mode: { control: 'inline-radio', options: [undefined, 'grid', 'learner'] },
    view: { control: 'inline-radio', options: ['chart', 'table'] },
  },
  args: {
    ...base.args,
    org: 'tutoring',
    role: 'manager',
    params: { now: MOCK_NOW, from: '2026-08-01', to: '2026-11-01', timezone: 'UTC' },
    animation: false,
  },
  parameters: { docs: { description: { component: `Mastery levels, lowest first: ${masteryLevelOrder.join(', ')}.` } } },
} satisfies Meta<TopicMasteryProps & MockArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A tutor's class after Khan Academy's skills report: students down, topics across, counts under each topic. */
export const Data: Story = {};

/** One learner's own topics as bars coloured by level (a learner's view). */
export const Learner: Story = { args: { role: 'learner' } };

/** The learner's topics as a table. */
export const LearnerTable: Story = { args: { role: 'learner', defaultView: 'table' } };

export { Loading, Empty, Error, Malformed, Dark, German } from './support/widgetStories.js';
