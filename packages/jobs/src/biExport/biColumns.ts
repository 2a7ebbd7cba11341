import { exportColumns, type ExportColumn } from '@learnlens/data-client';

/** Version of the BI file layout; part of every object key, so a new layout never overwrites old objects. */
export const BI_SCHEMA_VERSION = 'v1';

/** Seed 000's BI export columns, in the seed's order. */
export const biColumnNames = [
  'attempt_id',
  'user_id',
  'org_ids',
  'plan',
  'submitted_at',
  'goal_band',
  'average_band',
  'task1_band',
  'task2_band',
] as const;

/** The BI columns with their types, taken from the export dataset's own column definitions. */
export const biColumns: readonly ExportColumn[] = biColumnNames.map((name) => {
  const column = exportColumns.find((c) => c.name === name);
  // The export dataset is the single definition; a renamed column must fail loudly here, not ship a null column.
  if (!column) throw new Error(`The export dataset has no column "${name}"`);
  return column;
});
