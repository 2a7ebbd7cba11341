import { DifficultyCalibration, type DifficultyCalibrationProps } from '@learnlens/ui';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { MOCK_NOW, type MockArgs } from './support/mockBackend.js';
import { widgetMeta } from './support/widgetStories.js';

const base = widgetMeta<DifficultyCalibrationProps>(DifficultyCalibration);

const meta = {
  title: 'Widgets/DifficultyCalibration',
  ...base,
  argTypes: { ...base.argTypes, onlyMiscalibrated: { control: 'boolean' }, },
  args: {
    ...base.args,
    org: 'tutoring',
    role: 'admin',
    params: { now: MOCK_NOW, from: '2026-08-01', to: '2026-11-01', timezone: 'UTC' },
  },
} satisfies Meta<DifficultyCalibrationProps & MockArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Declared difficulty against observed accuracy in a tutoring org; miscalibrated questions first. */
export const Data: Story = {};

/** Only the questions whose accuracy falls outside their declared band. */
export const OnlyMiscalibrated: Story = { args: { defaultOnlyMiscalibrated: true } };

export { Loading, Empty, Error, Malformed, Dark, German } from './support/widgetStories.js';
