import { TeamCompletion, type TeamCompletionProps } from '@learnlens/ui';
import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ComponentType } from 'react';
import { MOCK_NOW, mockArgTypes, mockDefaults, states, widgetProps, withMockBackend, type MockArgs } from './support/mockBackend.js';

type Args = TeamCompletionProps & MockArgs;

const meta = {
  title: 'Widgets/TeamCompletion',
  // The mock controls are story args too; the widget never sees them (see `widgetProps`).
  component: TeamCompletion as ComponentType<Args>,
  decorators: [withMockBackend],
  render: (args) => <TeamCompletion {...widgetProps(args)} />,
  argTypes: mockArgTypes,
  args: { ...mockDefaults, role: 'manager', params: { now: MOCK_NOW, timezone: 'UTC' } },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A manager's team: the share of assignees who completed, and who is overdue. */
export const Data: Story = {};

/** An admin sees the whole org's assignments. */
export const AsAdmin: Story = { args: { role: 'admin' } };

/** Only assignments due in October 2026. */
export const DueInOctober: Story = { args: { params: { now: MOCK_NOW, timezone: 'UTC', from: '2026-10-01', to: '2026-11-01' } } };

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
