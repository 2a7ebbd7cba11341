import { ActivityInsights, type ActivityInsightsProps } from '@learnlens/ui';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { MOCK_NOW, states, type MockArgs } from './support/mockBackend.js';
import { widgetMeta } from './support/widgetStories.js';

const base = widgetMeta<ActivityInsightsProps>(ActivityInsights);

const meta = {
  title: 'Widgets/ActivityInsights',
  ...base,
  argTypes: {
    ...base.argTypes,
    varianceThreshold: { control: { type: 'range', min: 0.05, max: 1, step: 0.05 } },
    maxBars: { control: { type: 'range', min: 1, max: 30, step: 1 } },
    renderer: { control: 'inline-radio', options: ['svg', 'canvas'] },
  },
  args: {
    ...base.args,
    params: { now: MOCK_NOW, timezone: 'UTC' },
    onSortChange: fn(),
    animation: false,
  },
} satisfies Meta<ActivityInsightsProps & MockArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Every activity's average, spread and median over all history. */
export const Data: Story = {};

/** A lower threshold flags more activities as high variance. */
export const HighVariance: Story = { args: { varianceThreshold: 0.15 } };

export { Loading, Empty, Error, Malformed, Dark } from './support/widgetStories.js';

/** A large org with long activity names. */
// Its own page only: generating a 1,000-learner org takes seconds, and the docs page would wait for it.
export const Stress: Story = { tags: ['!autodocs'], args: { ...states.stress, maxBars: 20 } };

/** Sorting by a column header asks the query for that order; a second click reverses it. */
export const SortBySpread: Story = {
  args: { latencyMs: 0 },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const sd = await canvas.findByRole('button', { name: /^SD/ }, { timeout: 10_000 });
    await userEvent.click(sd);
    await expect(args.onSortChange).toHaveBeenLastCalledWith('-scoreStddev');
    const column = () => canvasElement.querySelectorAll<HTMLElement>('tbody tr td:nth-of-type(3)');
    await waitFor(() => {
      const values = [...column()].map((td) => Number(td.textContent));
      expect(values).toEqual([...values].sort((a, b) => b - a));
    });
    await userEvent.click(canvas.getByRole('button', { name: /^SD/ }));
    await expect(args.onSortChange).toHaveBeenLastCalledWith('scoreStddev');
    await waitFor(() => expect(canvas.getByRole('columnheader', { name: /^SD/ })).toHaveAttribute('aria-sort', 'ascending'));
  },
};
