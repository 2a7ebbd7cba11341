import { exportRowSchema, type ExportRow } from '../catalog/exportRows.js';
import type { ColumnType, ExportColumn } from './parquet.js';

const types: { [K in keyof ExportRow]-?: ColumnType } = {
  attempt_id: 'string',
  user_id: 'string',
  org_ids: 'string',
  plan: 'string',
  submitted_at: 'timestamp',
  goal_band: 'double',
  average_band: 'double',
  task1_band: 'double',
  task2_band: 'double',
  org_id: 'string',
  team_id: 'string',
  display_name: 'string',
  activity_id: 'string',
  activity_name: 'string',
  score: 'double',
  duration_seconds: 'int',
  talk_ms: 'int',
  listen_ms: 'int',
  started_at: 'timestamp',
  ended_at: 'timestamp',
};

/** The export's columns, in the order of the `exportRows` schema (seed 000's BI columns first). */
export const exportColumns: readonly ExportColumn[] = (Object.keys(exportRowSchema.shape) as (keyof ExportRow)[]).map(
  (name) => ({ name, type: types[name] }),
);
