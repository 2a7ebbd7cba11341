import type { Message } from './translate.js';

/**
 * Words every widget shares: states, errors (an export's own are in en/exportButton.ts), the chart/table toggle and periods. The pager's words (en/pager.ts), the
 * sort notes and "(you)" of sortable tables (en/table.ts), the date filters (en/filters.ts) and the views' filter bar's
 * (en/filterBar.ts, en/dayFilter.ts) come with those components only, so a chart widget does not carry them. Other
 * languages and host overrides come through the provider's `messages`.
 */
export const sharedMessages = {
  'state.loading': 'Loading…',
  'state.emptyTitle': 'Nothing to show yet',
  'state.emptyReason': 'There is no data for the chosen period and filters.',
  'state.retry': 'Retry',
  'state.retrying': 'Retrying…',
  'state.details': 'Details for developers',
  'error.subjectDefault': 'this data',
  'error.transient': "Couldn't load {subject} just now. Try again in a moment.",
  'error.generic': "Couldn't load {subject}.",
  'error.scope': "You don't have access to {subject}.",
  'error.invalidParams': "These filters can't be used. Change the dates or filters and try again.",
  'error.invalidViewer': "Your account can't be used to show this. Ask your administrator.",
  'error.invalidResult': "Couldn't show {subject}: the data arrived in an unexpected form.",
  'error.unsupported': "This data source can't show {subject}.",
  'error.crashSubject': 'this widget',
  'common.learners': { one: '{count} learner', other: '{count} learners' },
  'view.showAs': 'Show {subject} as',
  'view.chart': 'Chart',
  'view.table': 'Table',
  'chart.sameInTable': '{caption}. The same numbers are in the table.',
  'common.period': 'Period',
} as const satisfies Record<string, Message>;
