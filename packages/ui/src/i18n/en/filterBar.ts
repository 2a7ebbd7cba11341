import type { Message } from '../translate.js';

/** English words of the views' filter bar (period presets, team, day chip); its days control and date inputs are in dayFilter.ts. */
export const filterBarMessages = {
  'filters.dashboard': 'Dashboard filters',
  'filters.period': 'Period',
  'filters.last7Days': 'Last 7 days',
  'filters.last30Days': 'Last 30 days',
  'filters.last90Days': 'Last 90 days',
  'filters.monthToDate': 'This month',
  'filters.custom': 'Custom range',
  'filters.oneDay': 'One day',
  'filters.team': 'Team',
  'filters.allTeams': 'All teams',
  'filters.fromAfterTo': 'From ({from}) is after To ({to}). Choose a From date on or before the To date.',
  'filters.removeDay': 'Clear the day filter ({day}) and show the whole period again',
  'filters.dayChip': 'Only {day}',
} as const satisfies Record<string, Message>;
