import { PersonalStats, type PersonalStatsProps } from '@learnlens/ui';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { MOCK_NOW, states, type MockArgs } from './support/mockBackend.js';
import { widgetMeta } from './support/widgetStories.js';

const base = widgetMeta<PersonalStatsProps>(PersonalStats);

const meta = {
  title: 'Widgets/PersonalStats',
  ...base,
  args: { ...base.args, role: 'learner', params: { now: MOCK_NOW, timezone: 'UTC' } },
} satisfies Meta<PersonalStatsProps & MockArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A learner's own week: attempts, average, streak and trend. */
export const Data: Story = {};

/** Without the trend table. */
export const WithoutTrend: Story = { args: { showTrend: false } };

export { Loading, Empty, Error, Malformed, Dark } from './support/widgetStories.js';

/** A learner of a large org, long names. */
// Its own page only: generating a 1,000-learner org takes seconds, and the docs page would wait for it.
export const Stress: Story = { tags: ['!autodocs'], args: states.stress };
