import { EventCohorts, type EventCohortsProps } from '@learnlens/ui';
import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ComponentType } from 'react';
import { InGerman } from './support/germanStory.js';
import { MOCK_NOW, mockArgTypes, mockDefaults, states, widgetProps, withMockBackend, type MockArgs } from './support/mockBackend.js';

type Args = EventCohortsProps & MockArgs;

const meta = {
  title: 'Widgets/EventCohorts',
  // The mock controls are story args too; the widget never sees them (see `widgetProps`).
  component: EventCohorts as ComponentType<Args>,
  decorators: [withMockBackend],
  render: (args) => <EventCohorts {...widgetProps(args)} />,
  argTypes: { ...mockArgTypes },
  args: {
    ...mockDefaults,
    params: { now: MOCK_NOW, from: '2026-08-01', to: '2026-11-01', timezone: 'UTC' },
  },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Learners by questions asked per call, with seed 002's default groups: fewer than 3, 3 to under 8, 8 or more. */
export const Data: Story = {};

/** Filler words per call, in groups the host chose. */
export const FillerWords: Story = { args: { params: { now: MOCK_NOW, from: '2026-08-01', to: '2026-11-01', timezone: 'UTC', eventType: 'filler_word', bounds: [0.2, 0.5] } } };

/** A manager sees the groups of their own team. */
export const AsManager: Story = { args: { role: 'manager' } };

/** A learner is refused: a group is a figure about other learners. */
export const AsLearner: Story = { args: { role: 'learner' } };

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

/** In German, as a host passing the German catalog shows it. */
export const German: Story = {
  render: (args) => (
    <InGerman>
      <EventCohorts {...widgetProps(args)} />
    </InGerman>
  ),
};
