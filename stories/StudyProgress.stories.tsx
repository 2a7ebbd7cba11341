import { StudyProgress, type StudyProgressProps } from '@learnlens/ui';
import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ComponentType } from 'react';
import { MOCK_NOW, mockArgTypes, mockDefaults, states, widgetProps, withMockBackend, type MockArgs } from './support/mockBackend.js';

type Args = StudyProgressProps & MockArgs;

const meta = {
  title: 'Widgets/StudyProgress',
  // The mock controls are story args too; the widget never sees them (see `widgetProps`).
  component: StudyProgress as ComponentType<Args>,
  decorators: [withMockBackend],
  render: (args) => <StudyProgress {...widgetProps(args)} />,
  argTypes: { ...mockArgTypes, rows: { control: { type: 'range', min: 1, max: 20, step: 1 } }, },
  args: {
    ...mockDefaults,
    org: 'tutoring',
    role: 'learner',
    params: { now: MOCK_NOW, from: '2026-08-01', to: '2026-11-01', timezone: 'UTC' },
  },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A student's review cards due, topics mastered and weeks of answers. */
export const Data: Story = {};

/** Month by month over half a year. */
export const Months: Story = { args: { params: { now: MOCK_NOW, from: '2026-05-01', to: '2026-11-01', timezone: 'UTC', bucket: 'month' } } };

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
