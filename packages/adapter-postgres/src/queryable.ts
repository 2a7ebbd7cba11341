/** Anything that runs SQL like a `pg.Client`, `pg.PoolClient` or `pg.Pool`. */
export interface Queryable {
  query(text: string, values?: unknown[]): Promise<{ rows: Array<Record<string, unknown>> }>;
}
