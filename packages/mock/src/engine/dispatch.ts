import {
  catalog,
  ScopeError,
  type AdapterRequest,
  type QueryName,
  type QueryParams,
  type QueryResult,
} from '@learnlens/data-client';
import type { MockDataset } from '../dataset/dataset.types.js';
import { createContext, type EngineContext } from './context.js';
import { activityHeatmap } from './queries/activityHeatmap.js';
import { activityInsights } from './queries/activityInsights.js';
import { assignmentProgress } from './queries/assignmentProgress.js';
import { eventFrequency } from './queries/eventFrequency.js';
import { exportRows } from './queries/exportRows.js';
import { leaderboard } from './queries/leaderboard.js';
import { learnerActivitySummary } from './queries/learnerActivitySummary.js';
import { masteryTrend } from './queries/masteryTrend.js';
import { orgOverview } from './queries/orgOverview.js';
import { personalStats } from './queries/personalStats.js';
import { recentAttempts } from './queries/recentAttempts.js';
import { scoreTrend } from './queries/scoreTrend.js';
import { resolveScope } from './scope.js';

type Engine<N extends QueryName> = (ctx: EngineContext, params: QueryParams<N>) => QueryResult<N>;

const engines: { [N in QueryName]: Engine<N> } = {
  orgOverview,
  leaderboard,
  activityHeatmap,
  scoreTrend,
  masteryTrend,
  activityInsights,
  recentAttempts,
  personalStats,
  assignmentProgress,
  learnerActivitySummary,
  eventFrequency,
  exportRows,
};

/**
 * Answers one adapter request from the dataset. The scope is resolved again from the dataset's own users
 * and teams, as a backend would, so a hand-made scope cannot widen what is read; every scan then stays
 * inside the viewer's org slice and the users that scope allows.
 */
export function runQuery(dataset: MockDataset, request: AdapterRequest): QueryResult<QueryName> {
  const { name, params } = request;
  const viewer = request.scope.viewer;
  if (params.orgId !== undefined && params.orgId !== viewer.orgId) {
    throw new ScopeError(`The viewer's active org is "${viewer.orgId}"; data of org "${params.orgId}" is out of scope`);
  }
  const requested = [...(params.userIds ?? [])];
  if ('userId' in params && typeof params.userId === 'string') requested.push(params.userId);
  const scope = resolveScope(dataset, { viewer, userIds: requested, teamId: params.teamId });
  if (scope.foreignUserIds.length > 0) {
    throw new ScopeError(`User(s) ${scope.foreignUserIds.map((u) => `"${u}"`).join(', ')} are not members of org "${viewer.orgId}"`);
  }
  const ctx = createContext(dataset, { ...request, scope } as AdapterRequest, catalog[name].showsPeers);
  return (engines[name] as Engine<QueryName>)(ctx, params);
}
