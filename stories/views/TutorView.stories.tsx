import { TutorView, type TutorViewProps } from '@learnlens/ui';
import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ComponentType } from 'react';
import { MOCK_NOW, states } from '../support/mockBackend.js';
import { teamsOf, useViewBackend, viewArgTypes, viewDefaults, viewProps, withViewBackend, type ViewArgs } from './viewBackend.js';

type Args = TutorViewProps & ViewArgs;

function TutorViewStory(args: Args) {
  const backend = useViewBackend();
  return <TutorView teams={teamsOf(backend)} {...viewProps(args)} />;
}

const meta = {
  title: 'Views/TutorView',
  // The page and backend controls are story args too; the view never sees them (see `viewProps`).
  component: TutorView as ComponentType<Args>,
  decorators: [withViewBackend],
  render: (args) => <TutorViewStory {...args} />,
  argTypes: { ...viewArgTypes, onSelectQuestion: { action: 'onSelectQuestion' } },
  args: { ...viewDefaults, org: 'tutoring', role: 'manager', now: MOCK_NOW, timezone: 'UTC', animation: false },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A tutor's class: accuracy, pace, the students × topics grid, assignments and question calibration. */
export const Data: Story = {};

/** At a phone's width: one column. */
export const Phone: Story = { args: { width: 'phone' } };

/** On a wide monitor: three columns. */
export const Wide: Story = { args: { width: 'wide' } };

/** Waiting for the backend. */
export const Loading: Story = { args: states.loading };

/** Every query fails: each widget shows its own error with Retry. */
export const Error: Story = { args: states.error };

/** Only the difficulty calibration fails; the rest of the view keeps its data. */
export const OneWidgetFails: Story = { args: { failingQuery: 'difficultyCalibration' } };

/** The dark theme. */
export const Dark: Story = { args: states.dark };

/** In German. */
export const German: Story = { args: states.german };
