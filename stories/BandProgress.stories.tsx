import { BandProgress, type BandProgressProps } from '@learnlens/ui';
import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ComponentType } from 'react';
import { InGerman } from './support/germanStory.js';
import { MOCK_NOW, mockArgTypes, mockDefaults, states, widgetProps, withMockBackend, type MockArgs } from './support/mockBackend.js';

type Args = BandProgressProps & MockArgs;

const meta = {
  title: 'Widgets/BandProgress',
  // The mock controls are story args too; the widget never sees them (see `widgetProps`).
  component: BandProgress as ComponentType<Args>,
  decorators: [withMockBackend],
  render: (args) => <BandProgress {...widgetProps(args)} />,
  argTypes: { ...mockArgTypes, groupBy: { control: 'inline-radio', options: ['learner', 'team'] } },
  args: { ...mockDefaults, org: 'band', role: 'manager', params: { now: MOCK_NOW, timezone: 'UTC', from: '2026-09-01', to: '2026-11-01' } },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A manager's cohort: overall, task 1 and task 2 bands, the share at or above goal, each writer against their goal. */
export const Data: Story = {};

/** An admin sees every team of the org, each from its learners' bands and goals. */
export const ByTeam: Story = { args: { role: 'admin', groupBy: 'team' } };

/** A learner sees their own bands against their goal, and no one else. */
export const AsLearner: Story = { args: { role: 'learner' } };

/** A sales-training org has no task bands: the empty state says why. */
export const NoBands: Story = { args: { org: 'first' } };

/** Waiting for the backend. */
export const Loading: Story = { args: states.loading };

/** An org without learners: the empty state. */
export const Empty: Story = { args: states.empty };

/** Every query fails, with Retry. */
export const Error: Story = { args: states.error };

/** The backend answers with data that violates the result schema. */
export const Malformed: Story = { args: states.malformed };

/** The dark theme. */
export const Dark: Story = { args: states.dark };

/** German words, numbers and plural forms. */
export const German: Story = {
  render: (args) => (
    <InGerman>
      <BandProgress {...widgetProps(args)} />
    </InGerman>
  ),
};
