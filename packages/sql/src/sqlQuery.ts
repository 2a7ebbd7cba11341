import type { AdapterRequest, AdapterRequestFor, QueryName, QueryResult } from '@learnlens/data-client';
import type { Row, Sql, SqlDb } from './dialect.js';

/** A statement's text and how its rows become the query's result. */
export interface SqlStatement<T> {
  text: string;
  read(rows: readonly Row[]): T;
}

/** One catalog query written once over the dialect interface: the request in, one statement out. */
export type SqlQuery<N extends QueryName> = (request: AdapterRequestFor<N>, s: Sql) => SqlStatement<QueryResult<N>>;

/** Every query a set of SQL definitions answers. */
export type SqlQueries = { readonly [N in QueryName]: SqlQuery<N> };

/** Builds the request's statement with `db`'s dialect, runs it, and reads the result. */
export async function runSqlQuery<S extends Sql>(queries: SqlQueries, request: AdapterRequest, db: SqlDb<S>): Promise<unknown> {
  const s = db.begin(request);
  const query = queries[request.name] as (request: AdapterRequest, s: Sql) => SqlStatement<unknown>;
  const statement = query(request, s);
  return statement.read(await db.exec(statement.text, s));
}
