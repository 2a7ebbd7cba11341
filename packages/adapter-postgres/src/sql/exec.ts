import pg from 'pg';

/** A result row. */
export type Row = Record<string, unknown>;

/** Runs one statement with its values and returns its rows. */
export type Exec = (sql: string, values: readonly unknown[]) => Promise<Row[]>;

const INT8 = 20;
const NUMERIC = 1700;

// The adapter's own parsers, so a host's global pg type configuration cannot change what queries return: counts
// (bigint) and numerics become numbers; timestamps and dates are already formatted as text in the statements.
const types = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === INT8 || oid === NUMERIC) return (value: string) => Number(value);
    return pg.types.getTypeParser(oid, format ?? 'text');
  },
};

/** The rows of `sql` on `client`, with the adapter's type parsers. */
export async function queryRows(client: pg.ClientBase, sql: string, values: readonly unknown[]): Promise<Row[]> {
  const result = await client.query({ text: sql, values: [...values], types } as pg.QueryConfig);
  return result.rows as Row[];
}
