import { MasteryProgression, type MasteryProgressionProps } from '@learnlens/ui';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { InGerman } from './support/germanStory.js';
import { MOCK_NOW, widgetProps, type MockArgs } from './support/mockBackend.js';
import { widgetMeta } from './support/widgetStories.js';

const base = widgetMeta<MasteryProgressionProps>(MasteryProgression);

const meta = {
  title: 'Widgets/MasteryProgression',
  ...base,
  argTypes: {
    ...base.argTypes,
  },
  args: {
    ...base.args,
    params: { now: MOCK_NOW, from: '2026-08-01', to: '2026-11-01', timezone: 'UTC' },
  },
} satisfies Meta<MasteryProgressionProps & MockArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Items each learner mastered per week (seed 001's Looker dashboard, on the mock org's events). */
export const Data: Story = {};

export { Loading, Empty, Error, Malformed, Dark } from './support/widgetStories.js';

/** In German, as a host passing the German catalog shows it. */
export const German: Story = {
  render: (args) => (
    <InGerman>
      <MasteryProgression {...widgetProps(args)} />
    </InGerman>
  ),
};
