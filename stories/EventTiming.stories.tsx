import { EventTiming, type EventTimingProps } from '@learnlens/ui';
import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ComponentType } from 'react';
import { InGerman } from './support/germanStory.js';
import { MOCK_NOW, mockArgTypes, mockDefaults, states, widgetProps, withMockBackend, type MockArgs } from './support/mockBackend.js';

type Args = EventTimingProps & MockArgs;

const meta = {
  title: 'Widgets/EventTiming',
  // The mock controls are story args too; the widget never sees them (see `widgetProps`).
  component: EventTiming as ComponentType<Args>,
  decorators: [withMockBackend],
  render: (args) => <EventTiming {...widgetProps(args)} />,
  argTypes: {
    ...mockArgTypes,
    view: { control: 'inline-radio', options: ['chart', 'table'] },
    renderer: { control: 'inline-radio', options: ['svg', 'canvas'] },
  },
  args: {
    ...mockDefaults,
    params: { now: MOCK_NOW, from: '2026-08-01', to: '2026-11-01', timezone: 'UTC' },
    animation: false,
  },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Where in a call filler words, interruptions and questions happen (seed 002 KPI events of the voice org). */
export const Data: Story = {};

/** The same numbers as a table. */
export const Table: Story = { args: { defaultView: 'table' } };

/** A learner sees where their own events happen. */
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
      <EventTiming {...widgetProps(args)} />
    </InGerman>
  ),
};
