/** The tables of a Learnlens dataset, one file each (DIR/<table>.parquet or .csv). */
export const tableNames = [
  'orgs',
  'teams',
  'users',
  'activities',
  'assignments',
  'assignment_assignees',
  'attempts',
  'sessions',
  'events',
  'mastery_deltas',
] as const;
/** A table of a Learnlens dataset. */
export type TableName = (typeof tableNames)[number];
