import { LearningVelocity, type LearningVelocityProps } from '@learnlens/ui';
import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ComponentType } from 'react';
import { MOCK_NOW, mockArgTypes, mockDefaults, states, widgetProps, withMockBackend, type MockArgs } from './support/mockBackend.js';

type Args = LearningVelocityProps & MockArgs;

const meta = {
  title: 'Widgets/LearningVelocity',
  // The mock controls are story args too; the widget never sees them (see `widgetProps`).
  component: LearningVelocity as ComponentType<Args>,
  decorators: [withMockBackend],
  render: (args) => <LearningVelocity {...widgetProps(args)} />,
  argTypes: { ...mockArgTypes, view: { control: 'inline-radio', options: ['chart', 'table'] }, },
  args: {
    ...mockDefaults,
    org: 'tutoring',
    role: 'manager',
    params: { now: MOCK_NOW, from: '2026-08-01', to: '2026-11-01', timezone: 'UTC' },
    animation: false,
  },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Different questions and answers per day for a tutor's class. */
export const Data: Story = {};

/** The same numbers as a table. */
export const Table: Story = { args: { defaultView: 'table' } };

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
