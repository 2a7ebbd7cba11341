import { Engagement, type EngagementProps } from '@learnlens/ui';
import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ComponentType } from 'react';
import { InGerman } from './support/germanStory.js';
import { MOCK_NOW, mockArgTypes, mockDefaults, states, widgetProps, withMockBackend, type MockArgs } from './support/mockBackend.js';

type Args = EngagementProps & MockArgs;

const meta = {
  title: 'Widgets/Engagement',
  // The mock controls are story args too; the widget never sees them (see `widgetProps`).
  component: Engagement as ComponentType<Args>,
  decorators: [withMockBackend],
  render: (args) => <Engagement {...widgetProps(args)} />,
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

/** Active learners per day over the last three months, with stickiness, events and time spent (seed 001's Looker dashboard, on the mock org's events). */
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

/** In German, as a host passing the German catalog shows it. */
export const German: Story = {
  render: (args) => (
    <InGerman>
      <Engagement {...widgetProps(args)} />
    </InGerman>
  ),
};
