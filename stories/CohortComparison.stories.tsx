import { CohortComparison, type CohortComparisonProps } from '@learnlens/ui';
import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ComponentType } from 'react';
import { MOCK_NOW, mockArgTypes, mockDefaults, states, widgetProps, withMockBackend, type MockArgs } from './support/mockBackend.js';

type Args = CohortComparisonProps & MockArgs;

const meta = {
  title: 'Widgets/CohortComparison',
  // The mock controls are story args too; the widget never sees them (see `widgetProps`).
  component: CohortComparison as ComponentType<Args>,
  decorators: [withMockBackend],
  render: (args) => <CohortComparison {...widgetProps(args)} />,
  argTypes: { ...mockArgTypes,  },
  args: {
    ...mockDefaults,
    org: 'tutoring',
    role: 'admin',
    params: { now: MOCK_NOW, from: '2026-08-01', to: '2026-11-01', timezone: 'UTC' },
  },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The cohorts and academic years of a tutoring org side by side. */
export const Data: Story = {};

/** A tutor sees their own students' cohorts. */
export const AsTutor: Story = { args: { role: 'manager' } };

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
