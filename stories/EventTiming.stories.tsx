import { EventTiming, type EventTimingProps } from '@learnlens/ui';
import type { Meta, StoryObj } from '@storybook/react-vite';
import type { MockArgs } from './support/mockBackend.js';
import { chartArgTypes, germanCatalogStory, lastThreeMonths, widgetMeta } from './support/widgetStories.js';

const base = widgetMeta<EventTimingProps>(EventTiming);

const meta = {
  title: 'Widgets/EventTiming',
  ...base,
  argTypes: { ...base.argTypes, ...chartArgTypes },
  args: { ...base.args, params: lastThreeMonths, animation: false },
} satisfies Meta<EventTimingProps & MockArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Where in a call filler words, interruptions and questions happen (seed 002 KPI events of the voice org). */
export const Data: Story = {};

/** The same numbers as a table. */
export const Table: Story = { args: { defaultView: 'table' } };

/** A learner sees where their own events happen. */
export const AsLearner: Story = { args: { role: 'learner' } };

export { Loading, Empty, Error, Malformed, Dark } from './support/widgetStories.js';

/** In German, as a host passing the German catalog shows it. */
export const German: Story = germanCatalogStory(EventTiming);
