import { QuestionQuality, type QuestionQualityProps } from '@learnlens/ui';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { MOCK_NOW, type MockArgs } from './support/mockBackend.js';
import { widgetMeta } from './support/widgetStories.js';

const base = widgetMeta<QuestionQualityProps>(QuestionQuality);

const meta = {
  title: 'Widgets/QuestionQuality',
  ...base,
  argTypes: { ...base.argTypes, pageSize: { control: { type: 'range', min: 5, max: 50, step: 5 } }, },
  args: {
    ...base.args,
    org: 'tutoring',
    role: 'manager',
    params: { now: MOCK_NOW, from: '2026-08-01', to: '2026-11-01', timezone: 'UTC' },
  },
} satisfies Meta<QuestionQualityProps & MockArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A tutor's questions, most flagged first, sortable over every question, each row selectable. */
export const Data: Story = {};

/** The least answered-correctly questions first. */
export const SortedByAccuracy: Story = { args: { defaultSort: 'accuracy' } };

export { Loading, Empty, Error, Malformed, Dark, German } from './support/widgetStories.js';
