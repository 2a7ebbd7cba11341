import { ExportButton, RecentAttempts, type RecentAttemptsProps } from '@learnlens/ui';
import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ComponentType } from 'react';
import { MOCK_NOW, mockArgTypes, mockDefaults, states, widgetProps, withMockBackend, type MockArgs } from './support/mockBackend.js';

type Args = RecentAttemptsProps & MockArgs;

const meta = {
  title: 'Widgets/RecentAttempts',
  // The mock controls are story args too; the widget never sees them (see `widgetProps`).
  component: RecentAttempts as ComponentType<Args>,
  decorators: [withMockBackend],
  render: (args) => <RecentAttempts {...widgetProps(args)} />,
  argTypes: { ...mockArgTypes, pageSize: { control: { type: 'range', min: 5, max: 100, step: 5 } } },
  args: { ...mockDefaults, params: { now: MOCK_NOW, timezone: 'UTC' }, pageSize: 20 },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The last 30 days of attempts, newest first. */
export const Data: Story = {};

/** With an export of exactly what the table shows. */
export const WithExport: Story = {
  args: { actions: (exportParams) => <ExportButton params={exportParams} /> },
};

/** A learner's attempts with the host's "View feedback" action on each. */
export const WithFeedback: Story = { args: { role: 'learner', onViewFeedback: () => {} } };

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
