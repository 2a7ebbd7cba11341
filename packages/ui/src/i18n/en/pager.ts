import type { Message } from '../translate.js';

/** English words of the pager under a paged table (`Pager`), bundled only with the widgets that page. */
export const pagerMessages = {
  'pager.label': 'Pages',
  'pager.range': { one: '{first}–{last} of {count}', other: '{first}–{last} of {count}' },
  'pager.previous': 'Previous',
  'pager.next': 'Next',
  'pager.page': 'Page {page} of {count}',
  'pager.jump': 'Go to page',
  'pager.go': 'Go',
  'pager.size': 'Rows per page',
} as const satisfies Record<string, Message>;
