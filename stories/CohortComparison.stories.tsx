import { CohortComparison, type CohortComparisonProps } from '@learnlens/ui';
import type { Meta, StoryObj } from '@storybook/react-vite';
import type { MockArgs } from './support/mockBackend.js';
import { lastThreeMonths, widgetMeta } from './support/widgetStories.js';

const base = widgetMeta<CohortComparisonProps>(CohortComparison);

const meta = {
  title: 'Widgets/CohortComparison',
  ...base,
  args: { ...base.args, org: 'tutoring', role: 'admin', params: lastThreeMonths },
} satisfies Meta<CohortComparisonProps & MockArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The cohorts and academic years of a tutoring org side by side. */
export const Data: Story = {};

/** A tutor sees their own students' cohorts. */
export const AsTutor: Story = { args: { role: 'manager' } };

export { Loading, Empty, Error, Malformed, Dark, German } from './support/widgetStories.js';
