import type { AdapterRequest, AdapterRequestFor, QueryName, QueryResult } from '@learnlens/data-client';
import { runSqlQuery, sqlQueries } from '@learnlens/sql';
import { activityHeatmap } from './activityHeatmap.js';
import { activityInsights } from './activityInsights.js';
import { assignmentProgress } from './assignmentProgress.js';
import { eventFrequency } from './eventFrequency.js';
import type { Db } from './exec.js';
import { exportRows } from './exportRows.js';
import { leaderboard } from './leaderboard.js';
import { learnerActivitySummary } from './learnerActivitySummary.js';
import { masteryTrend } from './masteryTrend.js';
import { personalStats } from './personalStats.js';
import { recentAttempts } from './recentAttempts.js';
import { duckDbDb } from './dialect.js';

type Handlers = { [N in QueryName]: (request: AdapterRequestFor<N>, db: Db) => Promise<QueryResult<N>> };

/** One SQL implementation per catalog query. */
export const queries: Handlers = {
  orgOverview: (request, db) => shared(request, db) as Promise<QueryResult<'orgOverview'>>,
  leaderboard,
  activityHeatmap,
  scoreTrend: (request, db) => shared(request, db) as Promise<QueryResult<'scoreTrend'>>,
  masteryTrend,
  activityInsights,
  recentAttempts,
  personalStats,
  assignmentProgress,
  learnerActivitySummary,
  eventFrequency,
  exportRows,
};

function shared(request: AdapterRequest, db: Db): Promise<unknown> {
  return runSqlQuery(sqlQueries, request, duckDbDb(db.exec, db.span));
}

/** Dispatches a request to its query's implementation. */
export function runQuery(request: AdapterRequest, db: Db): Promise<unknown> {
  const handler = queries[request.name] as (request: AdapterRequest, db: Db) => Promise<unknown>;
  return handler(request, db);
}
