import { ActivityDetail, type ActivityDetailProps } from '@learnlens/ui';
import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ComponentType } from 'react';
import { messagesDe } from '../packages/ui/src/i18n/locales/de.js';
import { InGerman } from './support/germanStory.js';
import { MOCK_NOW, mockArgTypes, mockDefaults, states, widgetProps, withMockBackend, type MockArgs } from './support/mockBackend.js';

type Args = ActivityDetailProps & MockArgs;

const meta = {
  title: 'Widgets/ActivityDetail',
  // The mock controls are story args too; the widget never sees them (see `widgetProps`).
  component: ActivityDetail as ComponentType<Args>,
  decorators: [withMockBackend],
  render: (args) => <ActivityDetail {...widgetProps(args)} />,
  argTypes: mockArgTypes,
  args: {
    ...mockDefaults,
    activityId: 'act-1-01',
    animation: false,
    params: { now: MOCK_NOW, timezone: 'UTC', from: '2026-10-01', to: '2026-11-01' },
  },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<typeof meta>;

/** An admin's drill-down into one scenario: attempts, average, learners, the 0–100 histogram, attempts per day, top learners. */
export const Data: Story = {};

/** As the admin view opens it: with a Back button that closes the detail. */
export const WithBack: Story = { args: { onClose: () => {} } };

/** A tutoring org's question: scores are 0 or 1, so the histogram is correct against incorrect. */
export const Correctness: Story = { args: { org: 'tutoring', activityId: 'act-3-01' } };

/** A learner sees only their own attempts and row. */
export const AsLearner: Story = { args: { role: 'learner' } };

/** Another org's activity is out of scope: the same error as every other query. */
export const OtherOrg: Story = { args: { activityId: 'act-2-01' } };

/** Waiting for the backend. */
export const Loading: Story = { args: states.loading };

/** An org without learners: no attempts at the activity, and the empty state says so. */
export const Empty: Story = { args: states.empty };

/** Every query fails, with Retry. */
export const Error: Story = { args: states.error };

/** The backend answers with data that violates the result schema. */
export const Malformed: Story = { args: states.malformed };

/** The dark theme. */
export const Dark: Story = { args: states.dark };

/** A large org with long names. */
export const Stress: Story = { args: states.stress };

/** German words, numbers and plural forms (the generic title a host may set instead of the activity's name). */
export const German: Story = {
  args: { title: messagesDe['detail.title'] as string },
  render: (args) => (
    <InGerman>
      <ActivityDetail {...widgetProps(args)} />
    </InGerman>
  ),
};
