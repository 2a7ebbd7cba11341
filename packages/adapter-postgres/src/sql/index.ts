import type { AdapterRequest, AdapterRequestFor, QueryName, QueryResult } from '@learnlens/data-client';
import { runSqlQuery, sqlQueries } from '@learnlens/sql';
import type { CanonicalTable } from '../mapping/canonical.js';
import { activityHeatmap } from './activityHeatmap.js';
import { activityInsights } from './activityInsights.js';
import { assignmentProgress } from './assignmentProgress.js';
import type { Db } from './db.js';
import { eventFrequency } from './eventFrequency.js';
import { exportRows } from './exportRows.js';
import { leaderboard } from './leaderboard.js';
import { learnerActivitySummary } from './learnerActivitySummary.js';
import { masteryTrend } from './masteryTrend.js';
import { personalStats } from './personalStats.js';
import { recentAttempts } from './recentAttempts.js';
import { postgresDb } from './dialect.js';

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

/** The canonical tables each query reads facts from; a mapping supports a query when it maps all of them. */
export const tablesNeeded: { readonly [N in QueryName]: readonly CanonicalTable[] } = {
  orgOverview: ['attempts'],
  leaderboard: ['attempts'],
  activityHeatmap: ['attempts'],
  scoreTrend: ['attempts'],
  masteryTrend: ['mastery_deltas'],
  activityInsights: ['attempts'],
  recentAttempts: ['attempts'],
  personalStats: ['attempts'],
  assignmentProgress: ['assignments', 'assignment_assignees', 'attempts'],
  learnerActivitySummary: ['events', 'sessions'],
  eventFrequency: ['events'],
  exportRows: ['attempts'],
};

function shared(request: AdapterRequest, db: Db): Promise<unknown> {
  return runSqlQuery(sqlQueries, request, postgresDb(db.exec, db.mapping));
}

/** Dispatches a request to its query's implementation. */
export function runQuery(request: AdapterRequest, db: Db): Promise<unknown> {
  const handler = queries[request.name] as (request: AdapterRequest, db: Db) => Promise<unknown>;
  return handler(request, db);
}
