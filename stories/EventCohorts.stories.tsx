import { EventCohorts, type EventCohortsProps } from '@learnlens/ui';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { InGerman } from './support/germanStory.js';
import { MOCK_NOW, widgetProps, type MockArgs } from './support/mockBackend.js';
import { widgetMeta } from './support/widgetStories.js';

const base = widgetMeta<EventCohortsProps>(EventCohorts);

const meta = {
  title: 'Widgets/EventCohorts',
  ...base,
  args: {
    ...base.args,
    params: { now: MOCK_NOW, from: '2026-08-01', to: '2026-11-01', timezone: 'UTC' },
  },
} satisfies Meta<EventCohortsProps & MockArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Learners by questions asked per call, with seed 002's default groups: fewer than 3, 3 to under 8, 8 or more. */
export const Data: Story = {};

/** Filler words per call, in groups the host chose. */
export const FillerWords: Story = { args: { params: { now: MOCK_NOW, from: '2026-08-01', to: '2026-11-01', timezone: 'UTC', eventType: 'filler_word', bounds: [0.2, 0.5] } } };

/** A manager sees the groups of their own team. */
export const AsManager: Story = { args: { role: 'manager' } };

/** A learner is refused: a group is a figure about other learners. */
export const AsLearner: Story = { args: { role: 'learner' } };

export { Loading, Empty, Error, Malformed, Dark } from './support/widgetStories.js';

/** In German, as a host passing the German catalog shows it. */
export const German: Story = {
  render: (args) => (
    <InGerman>
      <EventCohorts {...widgetProps(args)} />
    </InGerman>
  ),
};
