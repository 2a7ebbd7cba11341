import { ManagerView, type ManagerViewProps } from '@learnlens/ui';
import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ComponentType } from 'react';
import { MOCK_NOW, states } from '../support/mockBackend.js';
import { teamsOf, useViewBackend, viewArgTypes, viewDefaults, viewProps, withViewBackend, type ViewArgs } from './viewBackend.js';

type Args = ManagerViewProps & ViewArgs;

function ManagerStory(props: ManagerViewProps) {
  const backend = useViewBackend();
  return <ManagerView teams={teamsOf(backend)} {...props} />;
}

const meta = {
  title: 'Views/ManagerView',
  // The page and backend controls are story args too; the view never sees them (see `viewProps`).
  component: ManagerView as ComponentType<Args>,
  decorators: [withViewBackend],
  render: (args) => <ManagerStory {...viewProps(args)} />,
  argTypes: {
    ...viewArgTypes,
    leaderboardSize: { control: { type: 'range', min: 3, max: 50, step: 1 } },
    maxColumns: { control: { type: 'range', min: 1, max: 4, step: 1 } },
  },
  args: { ...viewDefaults, role: 'manager', now: MOCK_NOW, timezone: 'UTC' },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The manager's team this month: KPIs, completion, top 10, heatmap and assignment tracking. */
export const Data: Story = {};

/** At a phone's width: one column. */
export const Phone: Story = { args: { width: 'phone' } };

/** On a wide monitor: three columns. */
export const Wide: Story = { args: { width: 'wide' } };

/** Waiting for the backend. */
export const Loading: Story = { args: states.loading };

/** An org without learners: every widget says why it is empty. */
export const Empty: Story = { args: states.empty };

/** Every query fails: each widget shows its own error with Retry. */
export const Error: Story = { args: states.error };

/** Only the leaderboard fails; the rest of the view keeps its data. */
export const OneWidgetFails: Story = { args: { failingQuery: 'leaderboard' } };

/** The dark theme. */
export const Dark: Story = { args: states.dark };

/** An IELTS org's manager (0–9 bands, seed 000): each writer's bands against their goal instead of the leaderboard. */
export const BandOrg: Story = { args: { org: 'band', scoreScale: 'band', animation: false } };
