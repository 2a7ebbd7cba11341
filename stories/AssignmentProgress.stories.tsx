import { AssignmentProgress, type AssignmentProgressProps } from '@learnlens/ui';
import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ComponentType } from 'react';
import { MOCK_NOW, mockArgTypes, mockDefaults, states, widgetProps, withMockBackend, type MockArgs } from './support/mockBackend.js';

type Args = AssignmentProgressProps & MockArgs;

const meta = {
  title: 'Widgets/AssignmentProgress',
  // The mock controls are story args too; the widget never sees them (see `widgetProps`).
  component: AssignmentProgress as ComponentType<Args>,
  decorators: [withMockBackend],
  render: (args) => <AssignmentProgress {...widgetProps(args)} />,
  argTypes: mockArgTypes,
  args: { ...mockDefaults, params: { now: MOCK_NOW, timezone: 'UTC' } },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Assignment completion, overdue ones flagged. */
export const Data: Story = {};

/** A manager sees their team's assignments. */
export const AsManager: Story = { args: { role: 'manager' } };

/** A learner's assignments with the host's "Start" action on each. */
export const WithStart: Story = { args: { role: 'learner', onStartAssignment: () => {} } };

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

/** A large org with long names. */
// Its own page only: generating a 1,000-learner org takes seconds, and the docs page would wait for it.
export const Stress: Story = { tags: ['!autodocs'], args: states.stress };
