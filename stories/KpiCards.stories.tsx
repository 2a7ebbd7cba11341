import { KpiCards, kpiIds, type KpiCardsProps } from '@learnlens/ui';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { MOCK_NOW, states, type MockArgs } from './support/mockBackend.js';
import { widgetMeta } from './support/widgetStories.js';

const base = widgetMeta<KpiCardsProps>(KpiCards);

const meta = {
  title: 'Widgets/KpiCards',
  ...base,
  argTypes: { ...base.argTypes, cards: { control: 'check', options: kpiIds } },
  args: { ...base.args, params: { now: MOCK_NOW, timezone: 'UTC' } },
} satisfies Meta<KpiCardsProps & MockArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The org overview. */
export const Data: Story = {};

/** A manager's view of their team. */
export const AsManager: Story = { args: { role: 'manager' } };

export { Loading, Empty, Error, Malformed, Dark } from './support/widgetStories.js';

/** A large org. */
// Its own page only: generating a 1,000-learner org takes seconds, and the docs page would wait for it.
export const Stress: Story = { tags: ['!autodocs'], args: states.stress };
