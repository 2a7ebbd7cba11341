import { ParquetStreamWriter, type ExportColumn } from './parquetWriter.js';

export type { ColumnType, ExportColumn } from './parquetWriter.js';

/** A Parquet file with one column per `columns` entry, in order; nulls stay null; no row cap. */
export function encodeParquet(
  columns: readonly ExportColumn[],
  rows: ReadonlyArray<Readonly<Record<string, unknown>>>,
): Uint8Array {
  const writer = new ParquetStreamWriter(columns);
  const parts = [...writer.write(rows), ...writer.finish()];
  const bytes = new Uint8Array(parts.reduce((sum, p) => sum + p.length, 0));
  let at = 0;
  for (const part of parts) {
    bytes.set(part, at);
    at += part.length;
  }
  return bytes;
}
