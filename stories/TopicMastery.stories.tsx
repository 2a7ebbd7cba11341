import { masteryLevelOrder, TopicMastery, type TopicMasteryProps } from '@learnlens/ui';
import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ComponentType } from 'react';
import { MOCK_NOW, mockArgTypes, mockDefaults, states, widgetProps, withMockBackend, type MockArgs } from './support/mockBackend.js';

type Args = TopicMasteryProps & MockArgs;

const meta = {
  title: 'Widgets/TopicMastery',
  // The mock controls are story args too; the widget never sees them (see `widgetProps`).
  component: TopicMastery as ComponentType<Args>,
  decorators: [withMockBackend],
  render: (args) => <TopicMastery {...widgetProps(args)} />,
  argTypes: {
    ...mockArgTypes,
    mode: { control: 'inline-radio', options: [undefined, 'grid', 'learner'] },
    view: { control: 'inline-radio', options: ['chart', 'table'] },
  },
  args: {
    ...mockDefaults,
    org: 'tutoring',
    role: 'manager',
    params: { now: MOCK_NOW, from: '2026-08-01', to: '2026-11-01', timezone: 'UTC' },
    animation: false,
  },
  parameters: { docs: { description: { component: `Mastery levels, lowest first: ${masteryLevelOrder.join(', ')}.` } } },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A tutor's class after Khan Academy's skills report: students down, topics across, counts under each topic. */
export const Data: Story = {};

/** One learner's own topics as bars coloured by level (a learner's view). */
export const Learner: Story = { args: { role: 'learner' } };

/** The learner's topics as a table. */
export const LearnerTable: Story = { args: { role: 'learner', defaultView: 'table' } };

/** Waiting for the backend. */
export const Loading: Story = { args: states.loading };

/** An org without learners: the empty state says why. */
export const Empty: Story = { args: states.empty };

/** Every query fails, with Retry. */
export const Error: Story = { args: states.error };

/** The backend answers with data that violates the result schema. */
export const Malformed: Story = { args: states.malformed };

/** The dark theme. */
export const Dark: Story = { args: states.dark };

/** In German. */
export const German: Story = { args: states.german };
