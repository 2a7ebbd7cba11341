/**
 * Ranks rows per group without window functions (ClickHouse 18.16 has none), as SQL `rank()` over `score DESC`:
 * each group's rows are collected as tuples, sorted by score descending, and a row's rank is its position minus
 * the number of equal scores before it (arrayEnumerateUniq counts occurrences; equal scores are adjacent once
 * sorted), so ties share a rank and the next rank skips. One sort per group, O(n log n), no self-join.
 *
 * `from` must yield the columns `group`, `score` and `columns`; the result has `group` and, prefixed with `r_` (so that
 * outer aggregates may reuse the plain names as aliases), `rank`, `score` and `columns`.
 */
export function rankedRows(from: string, group: string, score: string, columns: readonly string[]): string {
  const fields = [score, ...columns];
  const picks = fields.map((c, i) => `tupleElement(t, ${i + 1}) AS r_${c}`).join(', ');
  return `SELECT ${group}, r_rank, ${picks} FROM (
    SELECT ${group},
      arraySort(x -> -tupleElement(x, 1), groupArray((${fields.join(', ')}))) AS sorted,
      arrayMap(x -> tupleElement(x, 1), sorted) AS scores,
      arrayMap((seen, position) -> position - seen + 1, arrayEnumerateUniq(scores), arrayEnumerate(scores)) AS ranks
    FROM (${from})
    GROUP BY ${group}
  ) ARRAY JOIN sorted AS t, ranks AS r_rank`;
}
