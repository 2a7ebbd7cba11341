import { TeamCompletion, type TeamCompletionProps } from '@learnlens/ui';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { MOCK_NOW, states, type MockArgs } from './support/mockBackend.js';
import { widgetMeta } from './support/widgetStories.js';

const base = widgetMeta<TeamCompletionProps>(TeamCompletion);

const meta = {
  title: 'Widgets/TeamCompletion',
  ...base,
  args: { ...base.args, role: 'manager', params: { now: MOCK_NOW, timezone: 'UTC' } },
} satisfies Meta<TeamCompletionProps & MockArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A manager's team: the share of assignees who completed, and who is overdue. */
export const Data: Story = {};

/** An admin sees the whole org's assignments. */
export const AsAdmin: Story = { args: { role: 'admin' } };

/** Only assignments due in October 2026. */
export const DueInOctober: Story = { args: { params: { now: MOCK_NOW, timezone: 'UTC', from: '2026-10-01', to: '2026-11-01' } } };

export { Loading, Empty, Error, Malformed, Dark } from './support/widgetStories.js';

/** A large org with long names. */
// Its own page only: generating a 1,000-learner org takes seconds, and the docs page would wait for it.
export const Stress: Story = { tags: ['!autodocs'], args: states.stress };
