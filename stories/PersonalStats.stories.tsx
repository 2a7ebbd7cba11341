import { PersonalStats, type PersonalStatsProps } from '@learnlens/ui';
import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ComponentType } from 'react';
import { MOCK_NOW, mockArgTypes, mockDefaults, states, widgetProps, withMockBackend, type MockArgs } from './support/mockBackend.js';

type Args = PersonalStatsProps & MockArgs;

const meta = {
  title: 'Widgets/PersonalStats',
  // The mock controls are story args too; the widget never sees them (see `widgetProps`).
  component: PersonalStats as ComponentType<Args>,
  decorators: [withMockBackend],
  render: (args) => <PersonalStats {...widgetProps(args)} />,
  argTypes: mockArgTypes,
  args: { ...mockDefaults, role: 'learner', params: { now: MOCK_NOW, timezone: 'UTC' } },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A learner's own week: attempts, average, streak and trend. */
export const Data: Story = {};

/** Without the trend table. */
export const WithoutTrend: Story = { args: { showTrend: false } };

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

/** A learner of a large org, long names. */
// Its own page only: generating a 1,000-learner org takes seconds, and the docs page would wait for it.
export const Stress: Story = { tags: ['!autodocs'], args: states.stress };
