import { MasteryTrend, type MasteryTrendProps } from '@learnlens/ui';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { MOCK_NOW, mockDataset, states, viewerFor, type MockArgs } from './support/mockBackend.js';
import { widgetMeta } from './support/widgetStories.js';

// The masteryTrend result carries content ids only; hosts name them (here from the mock's activity table).
const names = Object.fromEntries(mockDataset('realistic', 1, false).activities.map((a) => [a.activity_id, a.title]));

const base = widgetMeta<MasteryTrendProps>(MasteryTrend);

const meta = {
  title: 'Widgets/MasteryTrend',
  ...base,
  argTypes: {
    ...base.argTypes,
    bucket: { control: 'inline-radio', options: [undefined, 'day', 'week', 'month'] },
    view: { control: 'inline-radio', options: ['chart', 'table'] },
    renderer: { control: 'inline-radio', options: ['svg', 'canvas'] },
    maxSeries: { control: { type: 'range', min: 1, max: 10, step: 1 } },
  },
  args: {
    ...base.args,
    params: { now: MOCK_NOW, from: '2026-07-01', to: '2026-11-01', timezone: 'UTC' },
    contentNames: names,
    maxSeries: 3,
    animation: false,
  },
} satisfies Meta<MasteryTrendProps & MockArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Mastery of the three content items with the most evidence, each with its 95% confidence band. */
export const Data: Story = {};

/** One learner's mastery path. */
export const LearnerPath: Story = {
  args: { userId: viewerFor(mockDataset('realistic', 1, false), 'learner').userId, maxSeries: 5 },
};

/** Without the bands. */
export const WithoutBand: Story = { args: { showBand: false } };

/** The same numbers as a table. */
export const Table: Story = { args: { defaultView: 'table' } };

export { Loading, Empty, Error, Malformed, Dark } from './support/widgetStories.js';

/** A large org, long content names, many series. */
// Its own page only: generating a 1,000-learner org takes seconds, and the docs page would wait for it.
export const Stress: Story = { tags: ['!autodocs'], args: { ...states.stress, maxSeries: 10, contentNames: {} } };
