import { LearnerView, type LearnerViewProps } from '@learnlens/ui';
import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ComponentType } from 'react';
import { MOCK_NOW, states } from '../support/mockBackend.js';
import { viewArgTypes, viewDefaults, viewProps, withViewBackend, type ViewArgs } from './viewBackend.js';

type Args = LearnerViewProps & ViewArgs;

const meta = {
  title: 'Views/LearnerView',
  // The page and backend controls are story args too; the view never sees them (see `viewProps`).
  component: LearnerView as ComponentType<Args>,
  decorators: [withViewBackend],
  render: (args) => <LearnerView {...viewProps(args)} />,
  argTypes: {
    ...viewArgTypes,
    showLeaderboard: { control: 'boolean' },
    attemptsPageSize: { control: { type: 'range', min: 5, max: 50, step: 5 } },
  },
  args: { ...viewDefaults, role: 'learner', now: MOCK_NOW, timezone: 'UTC', showLeaderboard: true },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A learner's own dashboard; peers on the leaderboard are pseudonymised. */
export const Data: Story = {};

/** The host hides the leaderboard. */
export const WithoutLeaderboard: Story = { args: { showLeaderboard: false } };

/** At a phone's width: one column. */
export const Phone: Story = { args: { width: 'phone' } };

/** On a wide monitor: three columns. */
export const Wide: Story = { args: { width: 'wide' } };

/** Waiting for the backend. */
export const Loading: Story = { args: states.loading };

/** Every query fails: each widget shows its own error with Retry. */
export const Error: Story = { args: states.error };

/** Only the mastery trend fails; the rest of the view keeps its data. */
export const OneWidgetFails: Story = { args: { failingQuery: 'masteryTrend' } };

/** The dark theme. */
export const Dark: Story = { args: states.dark };

/** A tutoring org's student (binary scores): accuracy, topic mastery and pace instead of scores and talk time. */
export const Tutoring: Story = { args: { org: 'tutoring', scoreScale: 'binary', animation: false } };

/** A tutoring org's student, in German. */
export const TutoringGerman: Story = { args: { org: 'tutoring', scoreScale: 'binary', animation: false, ...states.german } };

/** An IELTS org's learner (0–9 bands, seed 000): their task and overall bands against their goal. */
export const BandOrg: Story = { args: { org: 'band', scoreScale: 'band', animation: false } };
