import type { ExportRow } from '../catalog/exportRows.js';
import { exportColumns } from './exportColumns.js';
import type { ExportColumn } from './parquet.js';

/**
 * What an export holds, both read from `exportRows` with the same filters: "attempts", every column (the views'
 * export), or "bi", seed 000's BI columns only — the dataset of the seed's `/api/exports/analytics.parquet`, which
 * its nightly BI uploader reuses (so the server's analytics route and `runBiExport` write the same bytes).
 */
export type ExportDataset = 'attempts' | 'bi';

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
] as const satisfies readonly (keyof ExportRow)[];

/** The BI columns with their types, taken from the export's own column definitions. */
export const biExportColumns: readonly ExportColumn[] = biColumnNames.map((name) => exportColumns.find((c) => c.name === name)!);

/** The columns of `dataset`, in file order. */
export function exportDatasetColumns(dataset: ExportDataset): readonly ExportColumn[] {
  return dataset === 'bi' ? biExportColumns : exportColumns;
}
