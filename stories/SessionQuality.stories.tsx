import { SessionQuality, type SessionQualityProps } from '@learnlens/ui';
import type { Meta, StoryObj } from '@storybook/react-vite';
import type { MockArgs } from './support/mockBackend.js';
import { chartArgTypes, germanCatalogStory, lastThreeMonths, widgetMeta } from './support/widgetStories.js';

const base = widgetMeta<SessionQualityProps>(SessionQuality);

const meta = {
  title: 'Widgets/SessionQuality',
  ...base,
  argTypes: { ...base.argTypes, ...chartArgTypes },
  args: { ...base.args, params: lastThreeMonths, animation: false },
} satisfies Meta<SessionQualityProps & MockArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Session lengths, events, completion rate and error share per day (seed 001's Looker dashboard, on the mock org's events). */
export const Data: Story = {};

/** The same numbers as a table. */
export const Table: Story = { args: { defaultView: 'table' } };

export { Loading, Empty, Error, Malformed, Dark } from './support/widgetStories.js';

/** In German, as a host passing the German catalog shows it. */
export const German: Story = germanCatalogStory(SessionQuality);
