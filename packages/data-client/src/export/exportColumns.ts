import { exportRowSchema, type ExportRow } from '../catalog/exportRows.js';
import { columnKinds } from './columnCheck.js';
import type { ColumnType, ExportColumn } from './parquet.js';

// The numbers written as Parquet INT64 rather than DOUBLE: whole counts the schema types as plain numbers.
const integerColumns: ReadonlySet<keyof ExportRow> = new Set(['duration_seconds', 'talk_ms', 'listen_ms'] as const);

const kinds = columnKinds(exportRowSchema);

function typeOf(name: keyof ExportRow): ColumnType {
  const kind = kinds[name];
  if (kind === 'number') return integerColumns.has(name) ? 'int' : 'double';
  if (kind === 'timestamp' || kind === 'string' || kind === 'boolean') return kind;
  throw new TypeError(`exportRows: the field "${name}" has no Parquet column type (${String(kind)})`);
}

/**
 * The export's columns, in the order of the `exportRows` schema (seed 000's BI columns first), each typed from its
 * field's schema: strings, ISO datetimes as timestamps, numbers as doubles or (the counts above) integers.
 */
export const exportColumns: readonly ExportColumn[] = (Object.keys(exportRowSchema.shape) as (keyof ExportRow)[]).map(
  (name) => ({ name, type: typeOf(name) }),
);
