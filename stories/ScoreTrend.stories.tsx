import { ScoreTrend, type ScoreTrendProps } from '@learnlens/ui';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { MOCK_NOW, states, widgetProps, type MockArgs } from './support/mockBackend.js';
import { widgetMeta } from './support/widgetStories.js';

const base = widgetMeta<ScoreTrendProps>(ScoreTrend);

const meta = {
  title: 'Widgets/ScoreTrend',
  ...base,
  argTypes: {
    ...base.argTypes,
    bucket: { control: 'inline-radio', options: [undefined, 'day', 'week', 'month'] },
    view: { control: 'inline-radio', options: ['chart', 'table'] },
    renderer: { control: 'inline-radio', options: ['svg', 'canvas'] },
    minPxPerPoint: { control: { type: 'range', min: 1, max: 40, step: 1 } },
  },
  args: {
    ...base.args,
    params: { now: MOCK_NOW, from: '2026-07-01', to: '2026-11-01', timezone: 'UTC' },
    animation: false,
  },
} satisfies Meta<ScoreTrendProps & MockArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Average score over four months; the bucket follows from the chart's width (resize the canvas to see it change). */
export const Data: Story = {};

/** The same numbers as a table. */
export const Table: Story = { args: { defaultView: 'table' } };

/** The admin's attempts trend: attempts started per day over the last 30 days, scored or not. */
export const AttemptsPerDay: Story = {
  args: { metric: 'attempts', bucket: 'day', params: { now: MOCK_NOW, from: '2026-10-02', to: '2026-11-01', timezone: 'UTC' } },
};

export { Loading, Empty, Error, Malformed, Dark } from './support/widgetStories.js';

/** A large org over ten years in a narrow chart: month buckets, merged so points never outnumber pixels. */
// Its own page only: generating a 1,000-learner org takes seconds, and the docs page would wait for it.
export const Stress: Story = {
  tags: ['!autodocs'],
  args: { ...states.stress, params: { now: MOCK_NOW, from: '2016-11-01', to: '2026-11-01', timezone: 'UTC' } },
  render: (args) => (
    <div style={{ width: 320 }}>
      <ScoreTrend {...widgetProps(args)} />
    </div>
  ),
};
