import { AiUsage, type AiUsageProps } from '@learnlens/ui';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { MOCK_NOW, type MockArgs } from './support/mockBackend.js';
import { widgetMeta } from './support/widgetStories.js';

const base = widgetMeta<AiUsageProps>(AiUsage);

const meta = {
  title: 'Widgets/AiUsage',
  ...base,
  args: {
    ...base.args,
    org: 'tutoring',
    role: 'admin',
    params: { now: MOCK_NOW, from: '2026-08-01', to: '2026-11-01', timezone: 'UTC' },
  },
} satisfies Meta<AiUsageProps & MockArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

/** AI calls, tokens, cost and failures per operation of a tutoring org (admins only). */
export const Data: Story = {};

/** Grouped by model. */
export const ByModel: Story = { args: { defaultGroupBy: 'model' } };

export { Loading, Empty, Error, Malformed, Dark, German } from './support/widgetStories.js';
