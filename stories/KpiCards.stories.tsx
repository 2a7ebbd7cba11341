import { KpiCards, kpiIds, type KpiCardsProps } from '@learnlens/ui';
import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ComponentType } from 'react';
import { MOCK_NOW, mockArgTypes, mockDefaults, states, widgetProps, withMockBackend, type MockArgs } from './support/mockBackend.js';

type Args = KpiCardsProps & MockArgs;

const meta = {
  title: 'Widgets/KpiCards',
  // The mock controls are story args too; the widget never sees them (see `widgetProps`).
  component: KpiCards as ComponentType<Args>,
  decorators: [withMockBackend],
  render: (args) => <KpiCards {...widgetProps(args)} />,
  argTypes: { ...mockArgTypes, cards: { control: 'check', options: kpiIds } },
  args: { ...mockDefaults, params: { now: MOCK_NOW, timezone: 'UTC' } },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The org overview. */
export const Data: Story = {};

/** A manager's view of their team. */
export const AsManager: Story = { args: { role: 'manager' } };

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

/** A large org. */
// Its own page only: generating a 1,000-learner org takes seconds, and the docs page would wait for it.
export const Stress: Story = { tags: ['!autodocs'], args: states.stress };
