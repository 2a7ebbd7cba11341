import { FilterBar, rangePresets, type FilterBarProps } from '@learnlens/ui';
import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ComponentType } from 'react';
import { fn } from 'storybook/test';
import { MOCK_NOW, states } from '../support/mockBackend.js';
import { teamsOf, useViewBackend, viewArgTypes, viewDefaults, viewProps, withViewBackend, type ViewArgs } from './viewBackend.js';

type Args = FilterBarProps & ViewArgs;

function FilterBarStory(props: FilterBarProps) {
  const backend = useViewBackend();
  return <FilterBar teams={teamsOf(backend)} {...props} />;
}

const meta = {
  title: 'Views/FilterBar',
  // The page and backend controls are story args too; the bar never sees them (see `viewProps`).
  component: FilterBar as ComponentType<Args>,
  decorators: [withViewBackend],
  render: (args) => <FilterBarStory {...viewProps(args)} />,
  argTypes: { ...viewArgTypes, defaultPreset: { control: 'inline-radio', options: rangePresets } },
  args: { ...viewDefaults, role: 'admin', now: MOCK_NOW, timezone: 'UTC', onValueChange: fn() },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<typeof meta>;

/** An admin's filters: range presets, every team of the org, the activities with attempts. */
export const Data: Story = {};

/** A day picked in a heatmap, shown as a removable chip. */
export const WithDayChip: Story = { args: { defaultValue: { day: '2026-10-12' } } };

/** A learner's filters: no team. */
export const Learner: Story = { args: { role: 'learner' } };

/** At a phone's width: the fields wrap. */
export const Phone: Story = { args: { width: 'phone' } };

/** The dark theme. */
export const Dark: Story = { args: states.dark };
