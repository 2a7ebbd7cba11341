import { AccuracyTrend, type AccuracyTrendProps } from '@learnlens/ui';
import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ComponentType } from 'react';
import { MOCK_NOW, mockArgTypes, mockDefaults, states, widgetProps, withMockBackend, type MockArgs } from './support/mockBackend.js';

type Args = AccuracyTrendProps & MockArgs;

const meta = {
  title: 'Widgets/AccuracyTrend',
  // The mock controls are story args too; the widget never sees them (see `widgetProps`).
  component: AccuracyTrend as ComponentType<Args>,
  decorators: [withMockBackend],
  render: (args) => <AccuracyTrend {...widgetProps(args)} />,
  argTypes: { ...mockArgTypes, view: { control: 'inline-radio', options: ['chart', 'table'] }, bucket: { control: 'inline-radio', options: [undefined, 'day', 'week', 'month'] }, },
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

/** Answers correct of all submitted per bucket, in a tutoring org (a tutor's class). */
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
