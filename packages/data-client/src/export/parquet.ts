// The runtime-neutral entry: the package's default one imports Node's fs.
import { parquetWriteBuffer } from 'hyparquet-writer/src/write.js';

/** The logical type of an exported column. */
export type ColumnType = 'string' | 'double' | 'int' | 'timestamp';

/** A column of an export: its name and logical type. */
export interface ExportColumn {
  name: string;
  type: ColumnType;
}

const PARQUET_TYPE = { string: 'STRING', double: 'DOUBLE', int: 'INT64', timestamp: 'TIMESTAMP' } as const;

function columnData(type: ColumnType, values: unknown[]): unknown[] {
  switch (type) {
    case 'timestamp':
      return values.map((v) => (v === null || v === undefined ? null : v instanceof Date ? v : new Date(String(v))));
    case 'int':
      return values.map((v) => (v === null || v === undefined ? null : BigInt(Math.trunc(Number(v)))));
    case 'double':
      return values.map((v) => (v === null || v === undefined ? null : Number(v)));
    case 'string':
      return values.map((v) => (v === null || v === undefined ? null : String(v)));
  }
}

/** A Parquet file with one column per `columns` entry, in order; nulls stay null; no row cap. */
export function encodeParquet(
  columns: readonly ExportColumn[],
  rows: ReadonlyArray<Readonly<Record<string, unknown>>>,
): Uint8Array {
  const buffer = parquetWriteBuffer({
    columnData: columns.map((c) => ({
      name: c.name,
      type: PARQUET_TYPE[c.type],
      data: columnData(
        c.type,
        rows.map((r) => r[c.name]),
      ) as never,
    })),
    createdBy: 'learnlens',
  });
  return new Uint8Array(buffer);
}
