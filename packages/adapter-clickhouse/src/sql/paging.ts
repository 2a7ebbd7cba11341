import { int } from '../literal.js';

/** An ORDER BY term; ClickHouse puts NULLs last in both directions, as the catalog asks. */
export function orderTerm(column: string, descending: boolean): string {
  return `${column} ${descending ? 'DESC' : 'ASC'} NULLS LAST`;
}

// "No limit" after an offset: 18.16 adds offset and limit as signed 64-bit numbers, so the largest one overflows.
const ALL_ROWS = 1_000_000_000_000_000;

/** The LIMIT clause of a page [offset, offset + limit) (every row from `offset` when `limit` is undefined). */
export function limitClause(limit: number | undefined, offset: number): string {
  if (limit === undefined) return offset === 0 ? '' : `LIMIT ${int(offset)}, ${int(ALL_ROWS)}`;
  return `LIMIT ${int(offset)}, ${int(limit)}`;
}

/**
 * One page of `body`'s rows plus their total, in one statement: the total is joined onto every page row (one row
 * with only the total, `_hit` NULL, when the page is empty). `order` names output columns of `body`; the page is
 * sorted again after the join, which does not keep order. No window functions needed (18.16 has none).
 */
export function pagedStatement(body: string, order: string, limit: number | undefined, offset: number): string {
  return `SELECT * FROM (SELECT count() AS total, 1 AS _k FROM (${body}))
ALL LEFT JOIN (SELECT 1 AS _k, 1 AS _hit, * FROM (${body}) ORDER BY ${order} ${limitClause(limit, offset)}) USING _k
ORDER BY ${order}`;
}

/**
 * One page of an aggregated `orderedBody` (a SELECT ending in its ORDER BY) plus its total, with the body evaluated
 * once: its sorted rows are gathered into one array (a sorted subquery is a single stream, so groupArray keeps its
 * order), counted and sliced, and the slice is unnested with LEFT ARRAY JOIN (one row with only the total, `_hit`
 * 0, when the page is empty). For bodies of a few rows per learner, activity or assignment; raw-row pages use
 * `pagedStatement`, which keeps ClickHouse's top-N sort. Only two levels deep: 18.16's analyser slows down with
 * every nested subquery.
 */
export function pagedArrayStatement(orderedBody: string, columns: readonly string[], limit: number | undefined, offset: number): string {
  const slice = `arraySlice(all_rows, ${int(offset + 1)}${limit === undefined ? '' : `, ${int(limit)}`})`;
  return `SELECT total, length(page) > 0 AS _hit, ${columns.map((c, i) => `tupleElement(row, ${i + 1}) AS ${c}`).join(', ')}
FROM (
  SELECT groupArray((${columns.join(', ')})) AS all_rows, length(all_rows) AS total, ${slice} AS page
  FROM (${orderedBody})
) LEFT ARRAY JOIN page AS row`;
}

/** The total and the page rows of a `pagedStatement` or `pagedArrayStatement` result. */
export function pageOf<T>(rows: Array<Record<string, unknown>>, map: (row: Record<string, unknown>) => T): { total: number; rows: T[] } {
  return {
    total: Number(rows[0]?.total ?? 0),
    rows: rows.filter((r) => Number(r._hit) === 1).map(map),
  };
}

/** The field of a sort value: "-avgScore" → "avgScore". */
export type SortField<S extends string> = S extends `-${infer F}` ? F : S;
