import { BandProgress, type BandProgressProps } from '@learnlens/ui';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { InGerman } from './support/germanStory.js';
import { MOCK_NOW, states, widgetProps, type MockArgs } from './support/mockBackend.js';
import { widgetMeta } from './support/widgetStories.js';

const base = widgetMeta<BandProgressProps>(BandProgress);

const meta = {
  title: 'Widgets/BandProgress',
  ...base,
  argTypes: { ...base.argTypes, groupBy: { control: 'inline-radio', options: ['learner', 'team'] } },
  args: { ...base.args, org: 'band', role: 'manager', params: { now: MOCK_NOW, timezone: 'UTC', from: '2026-09-01', to: '2026-11-01' } },
} satisfies Meta<BandProgressProps & MockArgs>;

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

export { Loading } from './support/widgetStories.js';

/** An org without learners: the empty state. */
export const Empty: Story = { args: states.empty };

export { Error, Malformed, Dark } from './support/widgetStories.js';

/** German words, numbers and plural forms. */
export const German: Story = {
  render: (args) => (
    <InGerman>
      <BandProgress {...widgetProps(args)} />
    </InGerman>
  ),
};
