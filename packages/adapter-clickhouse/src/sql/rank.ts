/**
 * Ranks rows per group without window functions (ClickHouse 18.16 has none), as SQL `rank()` over `score DESC`:
 * each group's rows are collected as tuples (score first) and sorted by score descending; a row's rank is its
 * position minus the number of equal scores before it (arrayEnumerateUniq counts occurrences, and equal scores are
 * adjacent once sorted), so ties share a rank and the next rank skips. One sort per group, O(n log n), no self-join.
 *
 * `from` must yield `group`, `score` and `columns`. The result has one row per group with the arrays `sorted`
 * (the tuples) and `ranks`; unnest them with `ARRAY JOIN sorted AS t, ranks AS r` and read `tupleElement(t, i)`.
 */
export function rankArrays(from: string, group: string, score: string, columns: readonly string[]): string {
  return `SELECT ${group},
      arraySort(x -> -tupleElement(x, 1), groupArray((${[score, ...columns].join(', ')}))) AS sorted,
      arrayMap((seen, position) -> position - seen + 1, arrayEnumerateUniq(arrayMap(x -> tupleElement(x, 1), sorted)),
        arrayEnumerate(sorted)) AS ranks
    FROM (${from})
    GROUP BY ${group}`;
}
