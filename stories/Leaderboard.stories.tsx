import { Leaderboard, leaderboardModes, type LeaderboardProps } from '@learnlens/ui';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { MOCK_NOW, states, type MockArgs } from './support/mockBackend.js';
import { widgetMeta } from './support/widgetStories.js';

const base = widgetMeta<LeaderboardProps>(Leaderboard);

const meta = {
  title: 'Widgets/Leaderboard',
  ...base,
  argTypes: { ...base.argTypes, mode: { control: 'inline-radio', options: leaderboardModes } },
  args: { ...base.args, params: { now: MOCK_NOW, period: 'month', timezone: 'UTC' }, mode: 'top', limit: 10 },
} satisfies Meta<LeaderboardProps & MockArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

/** This month's top ten. */
export const Data: Story = {};

/** Every learner, in a virtualised scrolling table. */
export const Full: Story = { args: { mode: 'full' } };

/** A learner sees their own name and pseudonymised peers. */
export const AsLearner: Story = { args: { role: 'learner' } };

export { Loading, Empty, Error, Malformed, Dark } from './support/widgetStories.js';

/** A large org with long names, every learner. */
// Its own page only: generating a 1,000-learner org takes seconds, and the docs page would wait for it.
export const Stress: Story = { tags: ['!autodocs'], args: { ...states.stress, mode: 'full' } };

function columnValues(root: HTMLElement, column: string): number[] {
  return [...root.querySelectorAll<HTMLElement>(`tbody td[data-column=${column}]`)].map((td) =>
    Number(td.textContent!.replace(/[^\d.-]/g, '')),
  );
}

/** Sorting: a header click sorts by that column, a second click reverses the order. */
export const Sorting: Story = {
  args: { latencyMs: 0, mode: 'full' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const header = await canvas.findByRole('button', { name: /^Scored attempts/ }, { timeout: 10_000 });
    await userEvent.click(header);
    const th = header.closest('th')!;
    await waitFor(() => expect(th.getAttribute('aria-sort')).toMatch(/ascending|descending/));
    const first = th.getAttribute('aria-sort');
    const values = columnValues(canvasElement, 'attempts');
    expect(values).toEqual([...values].sort((a, b) => (first === 'ascending' ? a - b : b - a)));
    await userEvent.click(header);
    await waitFor(() => expect(th.getAttribute('aria-sort')).not.toBe(first));
    const reversed = columnValues(canvasElement, 'attempts');
    expect(reversed).toEqual([...reversed].sort((a, b) => (first === 'ascending' ? b - a : a - b)));
  },
};
