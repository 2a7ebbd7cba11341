import type { DuckDBConnection } from '@duckdb/node-api';
import { canonicalColumns, canonicalTableSql, type CanonicalTable } from '../transform/canonical.js';
import { exportedColumns, outputTables, type OutputTable } from '../transform/tables.js';

/** Rows of one table, a batch at a time: seed columns by name, instants as ISO 8601 UTC text, decimals as numbers. */
export type RowBatch = Record<string, unknown>[];

const iso = (column: string) => `strftime(${column}, '%Y-%m-%dT%H:%M:%S.%gZ')`;

/**
 * Streams the rows of `select` as JSON objects (DuckDB builds each row's JSON, so DECIMAL, BIGINT and BOOLEAN arrive
 * as JSON numbers and booleans) in batches of at most `size`, so a table larger than memory can be copied.
 */
export async function* jsonRowBatches(db: DuckDBConnection, select: string, columns: readonly string[], size = 5_000): AsyncGenerator<RowBatch> {
  const fields = columns.map((c) => `"${c}" := "${c}"`).join(', ');
  const result = await db.stream(`SELECT CAST(to_json(struct_pack(${fields})) AS VARCHAR) AS j FROM (${select})`);
  let batch: RowBatch = [];
  for (;;) {
    const chunk = await result.fetchChunk();
    if (!chunk || chunk.rowCount === 0) break;
    for (const [json] of chunk.getRows()) {
      batch.push(JSON.parse(String(json)) as Record<string, unknown>);
      if (batch.length >= size) {
        yield batch;
        batch = [];
      }
    }
  }
  if (batch.length > 0) yield batch;
}

/** The exported rows of one of the pipeline's tables (seed 001's columns, in the order the files hold them). */
export function seedTableBatches(db: DuckDBConnection, table: OutputTable): AsyncGenerator<RowBatch> {
  const types = new Map<string, string>(outputTables[table].map(([name, type]) => [name, type]));
  const columns = exportedColumns(table);
  const select = columns.map((c) => (types.get(c) === 'TIMESTAMP' ? `${iso(`"${c}"`)} AS "${c}"` : types.get(c) === 'DATE' ? `CAST("${c}" AS VARCHAR) AS "${c}"` : `"${c}"`));
  return jsonRowBatches(db, `SELECT ${select.join(', ')} FROM ${table}`, columns);
}

/** One org's rows of a canonical table (`events`, `sessions`, `mastery_deltas`), as `exportCanonical` writes them. */
export function canonicalTableBatches(db: DuckDBConnection, table: CanonicalTable, orgId: string): AsyncGenerator<RowBatch> {
  return jsonRowBatches(db, canonicalTableSql(orgId, iso)[table], canonicalColumns[table]);
}
