import { TutorEffectiveness, type TutorEffectivenessProps } from '@learnlens/ui';
import type { Meta, StoryObj } from '@storybook/react-vite';
import type { MockArgs } from './support/mockBackend.js';
import { lastThreeMonths, widgetMeta } from './support/widgetStories.js';

const base = widgetMeta<TutorEffectivenessProps>(TutorEffectiveness);

const meta = {
  title: 'Widgets/TutorEffectiveness',
  ...base,
  args: { ...base.args, org: 'tutoring', role: 'admin', params: lastThreeMonths },
} satisfies Meta<TutorEffectivenessProps & MockArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Every tutor of a tutoring org: sessions, students' accuracy before and after, assignments. */
export const Data: Story = {};

/** A tutor sees their own row. */
export const AsTutor: Story = { args: { role: 'manager' } };

export { Loading, Empty, Error, Malformed, Dark, German } from './support/widgetStories.js';
