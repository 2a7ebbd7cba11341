import { AssignmentProgress, type AssignmentProgressProps } from '@learnlens/ui';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { MOCK_NOW, states, type MockArgs } from './support/mockBackend.js';
import { widgetMeta } from './support/widgetStories.js';

const base = widgetMeta<AssignmentProgressProps>(AssignmentProgress);

const meta = {
  title: 'Widgets/AssignmentProgress',
  ...base,
  args: { ...base.args, params: { now: MOCK_NOW, timezone: 'UTC' } },
} satisfies Meta<AssignmentProgressProps & MockArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Assignment completion, overdue ones flagged. */
export const Data: Story = {};

/** A manager sees their team's assignments. */
export const AsManager: Story = { args: { role: 'manager' } };

/** A learner's assignments with the host's "Start" action on each. */
export const WithStart: Story = { args: { role: 'learner', onStartAssignment: () => {} } };

export { Loading, Empty, Error, Malformed, Dark } from './support/widgetStories.js';

/** A large org with long names. */
// Its own page only: generating a 1,000-learner org takes seconds, and the docs page would wait for it.
export const Stress: Story = { tags: ['!autodocs'], args: states.stress };
