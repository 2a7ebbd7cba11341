import { canonicalColumns, canonicalTables, type CanonicalTable, type ColumnSpec } from './mapping/canonical.js';
import { quoteIdent } from './identifiers.js';
import type { Queryable } from './queryable.js';

const CHUNK = 10_000;

/**
 * Inserts a dataset's rows (canonical snake_case objects, e.g. `tableRows(dataset, table)` from @learnlens/mock or
 * the files `learnlens dataset` writes, parsed) into the canonical tables `createCanonicalSchema` created. Each chunk
 * is one INSERT … SELECT FROM unnest() of one array parameter per column. Returns the rows inserted per table.
 */
export async function loadDataset(
  db: Queryable,
  rowsOf: (table: CanonicalTable) => Iterable<Record<string, unknown>>,
): Promise<Record<CanonicalTable, number>> {
  const counts = {} as Record<CanonicalTable, number>;
  for (const table of canonicalTables) {
    const columns = Object.entries(canonicalColumns[table] as Record<string, ColumnSpec>);
    const names = columns.map(([c]) => quoteIdent(c, 'column')).join(', ');
    const arrays = columns.map(([, s], k) => `$${k + 1}::${s.type}[]`).join(', ');
    const sql = `INSERT INTO ${quoteIdent(table, 'table')} (${names}) SELECT * FROM unnest(${arrays})`;
    let chunk: Array<Record<string, unknown>> = [];
    let count = 0;
    const flush = async () => {
      if (chunk.length === 0) return;
      await db.query(sql, columns.map(([c]) => chunk.map((row) => row[c] ?? null)));
      count += chunk.length;
      chunk = [];
    };
    for (const row of rowsOf(table)) {
      chunk.push(row);
      if (chunk.length >= CHUNK) await flush();
    }
    await flush();
    counts[table] = count;
  }
  return counts;
}
