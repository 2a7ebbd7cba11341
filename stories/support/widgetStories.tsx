import type { StoryObj } from '@storybook/react-vite';
import type { ComponentType } from 'react';
import { InGerman } from './germanStory.js';
import { MOCK_NOW, mockArgTypes, mockDefaults, states, widgetProps, withMockBackend, type MockArgs } from './mockBackend.js';

/** The three months up to the mock data's end, in UTC: the range most widget stories show. */
export const lastThreeMonths = { now: MOCK_NOW, from: '2026-08-01', to: '2026-11-01', timezone: 'UTC' } as const;

/** Controls of a chart-or-table widget: which view, which echarts renderer. */
export const chartArgTypes = {
  view: { control: 'inline-radio', options: ['chart', 'table'] },
  renderer: { control: 'inline-radio', options: ['svg', 'canvas'] },
} as const;

/**
 * The parts of a widget story file's meta that every widget shares: the mock backend as a decorator, its controls,
 * and a render that hands the widget its own props only (the mock controls are story args too, never the widget's).
 * Spread into the file's meta beside its `title`, so Storybook still reads the title from the file.
 */
export function widgetMeta<TProps extends object>(Widget: ComponentType<TProps>) {
  return {
    component: Widget as ComponentType<TProps & MockArgs>,
    decorators: [withMockBackend],
    render: (args: TProps & MockArgs) => <Widget {...(widgetProps(args) as TProps)} />,
    argTypes: mockArgTypes,
    args: mockDefaults,
  };
}

type StateStory = StoryObj<MockArgs>;

const described = (story: string, args: Partial<MockArgs>): StateStory => ({ args, parameters: { docs: { description: { story } } } });

// The named states every widget story file exports (tests/stories.test.ts fails when one is missing); a file
// re-exports them: `export { Loading, Empty, Error, Malformed, Dark } from './support/widgetStories.js'`.
/** Waiting for the backend. */
export const Loading = described('Waiting for the backend.', states.loading);
/** An org without learners: the empty state says why. */
export const Empty = described('An org without learners: the empty state says why.', states.empty);
/** Every query fails, with Retry. */
export const Error = described('Every query fails, with Retry.', states.error);
/** The backend answers with data that violates the result schema. */
export const Malformed = described('The backend answers with data that violates the result schema.', states.malformed);
/** The dark theme. */
export const Dark = described('The dark theme.', states.dark);
/** In German (the provider's German words and date-fns locale). */
export const German = described('In German.', states.german);

/** A story of `Widget` in German as a host shows it: the German catalog and the date-fns `de` locale (InGerman). */
export function germanCatalogStory<TProps extends object>(Widget: ComponentType<TProps>) {
  return {
    parameters: { docs: { description: { story: 'In German, as a host passing the German catalog shows it.' } } },
    render: (args: TProps & MockArgs) => (
      <InGerman>
        <Widget {...(widgetProps(args) as TProps)} />
      </InGerman>
    ),
  };
}
