import { QuestionQuality, type QuestionQualityProps } from '@learnlens/ui';
import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ComponentType } from 'react';
import { MOCK_NOW, mockArgTypes, mockDefaults, states, widgetProps, withMockBackend, type MockArgs } from './support/mockBackend.js';

type Args = QuestionQualityProps & MockArgs;

const meta = {
  title: 'Widgets/QuestionQuality',
  // The mock controls are story args too; the widget never sees them (see `widgetProps`).
  component: QuestionQuality as ComponentType<Args>,
  decorators: [withMockBackend],
  render: (args) => <QuestionQuality {...widgetProps(args)} />,
  argTypes: { ...mockArgTypes, pageSize: { control: { type: 'range', min: 5, max: 50, step: 5 } }, },
  args: {
    ...mockDefaults,
    org: 'tutoring',
    role: 'manager',
    params: { now: MOCK_NOW, from: '2026-08-01', to: '2026-11-01', timezone: 'UTC' },
  },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A tutor's questions, most flagged first, sortable over every question, each row selectable. */
export const Data: Story = {};

/** The least answered-correctly questions first. */
export const SortedByAccuracy: Story = { args: { defaultSort: 'accuracy' } };

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
