import { ExportButton, RecentAttempts, type RecentAttemptsProps } from '@learnlens/ui';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { MOCK_NOW, states, type MockArgs } from './support/mockBackend.js';
import { widgetMeta } from './support/widgetStories.js';

const base = widgetMeta<RecentAttemptsProps>(RecentAttempts);

const meta = {
  title: 'Widgets/RecentAttempts',
  ...base,
  argTypes: { ...base.argTypes, pageSize: { control: { type: 'range', min: 5, max: 100, step: 5 } } },
  args: { ...base.args, params: { now: MOCK_NOW, timezone: 'UTC' }, pageSize: 20 },
} satisfies Meta<RecentAttemptsProps & MockArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The last 30 days of attempts, newest first. */
export const Data: Story = {};

/** With an export of exactly what the table shows. */
export const WithExport: Story = {
  args: { actions: (exportParams) => <ExportButton params={exportParams} /> },
};

/** A learner's attempts with the host's "View feedback" action on each. */
export const WithFeedback: Story = { args: { role: 'learner', onViewFeedback: () => {} } };

export { Loading, Empty, Error, Malformed, Dark } from './support/widgetStories.js';

/** A large org with long names. */
// Its own page only: generating a 1,000-learner org takes seconds, and the docs page would wait for it.
export const Stress: Story = { tags: ['!autodocs'], args: states.stress };
