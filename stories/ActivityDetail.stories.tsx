import { ActivityDetail, type ActivityDetailProps } from '@learnlens/ui';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { messagesDe } from '../packages/ui/src/i18n/locales/de.js';
import { InGerman } from './support/germanStory.js';
import { MOCK_NOW, states, widgetProps, type MockArgs } from './support/mockBackend.js';
import { widgetMeta } from './support/widgetStories.js';

const base = widgetMeta<ActivityDetailProps>(ActivityDetail);

const meta = {
  title: 'Widgets/ActivityDetail',
  ...base,
  args: {
    ...base.args,
    activityId: 'act-1-01',
    animation: false,
    params: { now: MOCK_NOW, timezone: 'UTC', from: '2026-10-01', to: '2026-11-01' },
  },
} satisfies Meta<ActivityDetailProps & MockArgs>;

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

export { Loading } from './support/widgetStories.js';

/** An org without learners: no attempts at the activity, and the empty state says so. */
export const Empty: Story = { args: states.empty };

export { Error, Malformed, Dark } from './support/widgetStories.js';

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
