import type { SqlQueries } from '../sqlQuery.js';
import { orgOverview } from './orgOverview.js';
import { scoreTrend } from './scoreTrend.js';

/** Every catalog query, written once for PostgreSQL and DuckDB. */
export const sqlQueries = {
  orgOverview,
  scoreTrend,
} as Partial<SqlQueries> as SqlQueries;
