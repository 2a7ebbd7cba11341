import type { AdapterRequest } from '@learnlens/data-client';
import { runSqlQuery, sqlQueries } from '@learnlens/sql';
import { duckDbDb } from './dialect.js';
import type { Db } from './exec.js';

/** Answers a request with its shared SQL definition (@learnlens/sql) in DuckDB's dialect. */
export function runQuery(request: AdapterRequest, db: Db): Promise<unknown> {
  return runSqlQuery(sqlQueries, request, duckDbDb(db.exec, db.span));
}
