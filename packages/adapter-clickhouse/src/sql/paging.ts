import { int } from '../literal.js';

// "No limit" after an offset: 18.16 adds offset and limit as signed 64-bit numbers, so the largest one overflows.
const ALL_ROWS = 1_000_000_000_000_000;

/** The LIMIT clause of a page [offset, offset + limit) (every row from `offset` when `limit` is undefined). */
export function limitClause(limit: number | undefined, offset: number): string {
  if (limit === undefined) return offset === 0 ? '' : `LIMIT ${int(offset)}, ${int(ALL_ROWS)}`;
  return `LIMIT ${int(offset)}, ${int(limit)}`;
}

/**
 * One page of an aggregated `orderedBody` (a SELECT ending in its ORDER BY) plus its total, with the body evaluated
 * once: its sorted rows are gathered into one array (a sorted subquery is a single stream, so groupArray keeps its
 * order), counted and sliced, and the slice is unnested with LEFT ARRAY JOIN (one row with only the total, `_hit`
 * 0, when the page is empty). For bodies of a few rows per learner, activity or assignment; raw-row pages use
 * a LIMIT of their own, which keeps ClickHouse's top-N sort. Only two levels deep: 18.16's analyser slows down with
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
