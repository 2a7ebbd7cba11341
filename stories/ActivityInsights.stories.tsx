import { ActivityInsights, type ActivityInsightsProps } from '@learnlens/ui';
import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ComponentType } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { MOCK_NOW, mockArgTypes, mockDefaults, states, widgetProps, withMockBackend, type MockArgs } from './support/mockBackend.js';

type Args = ActivityInsightsProps & MockArgs;

const meta = {
  title: 'Widgets/ActivityInsights',
  // The mock controls are story args too; the widget never sees them (see `widgetProps`).
  component: ActivityInsights as ComponentType<Args>,
  decorators: [withMockBackend],
  render: (args) => <ActivityInsights {...widgetProps(args)} />,
  argTypes: {
    ...mockArgTypes,
    varianceThreshold: { control: { type: 'range', min: 0.05, max: 1, step: 0.05 } },
    maxBars: { control: { type: 'range', min: 1, max: 30, step: 1 } },
    renderer: { control: 'inline-radio', options: ['svg', 'canvas'] },
  },
  args: {
    ...mockDefaults,
    params: { now: MOCK_NOW, timezone: 'UTC' },
    onSortChange: fn(),
    animation: false,
  },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Every activity's average, spread and median over all history. */
export const Data: Story = {};

/** A lower threshold flags more activities as high variance. */
export const HighVariance: Story = { args: { varianceThreshold: 0.15 } };

/** Waiting for the backend. */
export const Loading: Story = { args: states.loading };

/** An org without learners: the empty state says why. */
export const Empty: Story = { args: states.empty };

/** Every query fails, with Retry. */
export const Error: Story = { args: states.error };

/** The backend answers with data that violates the result schema. */
export const Malformed: Story = { args: states.malformed };

/** The dark theme. */
export const Dark: Story = { args: states.dark };

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
