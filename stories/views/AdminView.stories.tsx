import { AdminView, type AdminViewProps } from '@learnlens/ui';
import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ComponentType } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { MOCK_NOW, states } from '../support/mockBackend.js';
import { teamsOf, useViewBackend, viewArgTypes, viewDefaults, viewProps, withViewBackend, type ViewArgs } from './viewBackend.js';

type Args = AdminViewProps & ViewArgs;

function AdminStory(props: AdminViewProps) {
  const backend = useViewBackend();
  return <AdminView teams={teamsOf(backend)} {...props} />;
}

const meta = {
  title: 'Views/AdminView',
  // The page and backend controls are story args too; the view never sees them (see `viewProps`).
  component: AdminView as ComponentType<Args>,
  decorators: [withViewBackend],
  render: (args) => <AdminStory {...viewProps(args)} />,
  argTypes: {
    ...viewArgTypes,
    maxColumns: { control: { type: 'range', min: 1, max: 4, step: 1 } },
    minColumnWidth: { control: { type: 'range', min: 240, max: 600, step: 20 } },
  },
  args: { ...viewDefaults, role: 'admin', now: MOCK_NOW, timezone: 'UTC' },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The org's dashboard on a laptop: two columns. */
export const Data: Story = {};

/** At a phone's width: one column, the filters wrapping. */
export const Phone: Story = { args: { width: 'phone' } };

/** On a wide monitor: three columns. */
export const Wide: Story = { args: { width: 'wide' } };

/** Waiting for the backend. */
export const Loading: Story = { args: states.loading };

/** An org without learners: every widget says why it is empty. */
export const Empty: Story = { args: states.empty };

/** Every query fails: each widget shows its own error with Retry. */
export const Error: Story = { args: states.error };

/** Only the activity heatmap fails; the rest of the view keeps its data. (Not the score trend: two cards ask it.) */
export const OneWidgetFails: Story = { args: { failingQuery: 'activityHeatmap' } };

/** The dark theme. */
export const Dark: Story = { args: states.dark };

/** A tutoring org (answers correct or not, seed 003): the tutors' effectiveness and the cohorts follow. */
export const TutoringOrg: Story = { args: { org: 'tutoring', scoreScale: 'binary' } };

/** A large org with long names, on a wide monitor. */
// Its own page only: generating a 1,000-learner org takes seconds, and the docs page would wait for it.
export const Stress: Story = { tags: ['!autodocs'], args: { ...states.stress, width: 'wide' } };

/** Cross-filtering: Enter on the focused heatmap day narrows every other widget to it; the chip clears it. */
export const CrossFilter: Story = {
  args: { latencyMs: 0 },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const area = await canvas.findByRole('application', {}, { timeout: 15_000 });
    area.focus();
    await userEvent.keyboard('{Enter}');
    const chip = await canvas.findByRole('button', { name: /Clear the day filter/ });
    const attempts = within(canvasElement.querySelector<HTMLElement>('[data-learnlens-widget=recent-attempts]')!);
    // A single day: the attempts table shows the same first and last day.
    await waitFor(() => expect((attempts.getByLabelText('From') as HTMLInputElement).value).toBe((attempts.getByLabelText('To') as HTMLInputElement).value));
    await userEvent.click(chip);
    await waitFor(() => expect(canvas.queryByRole('button', { name: /Clear the day filter/ })).toBeNull());
  },
};

/** An IELTS org's admin (0–9 bands, seed 000): each team's task and overall bands against its learners' goals. */
export const BandOrg: Story = { args: { org: 'band', scoreScale: 'band', animation: false } };
