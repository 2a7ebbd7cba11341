import type { QueryName } from './index.js';

/*
 * The catalog's names, in catalog order. A list of its own, so code that needs only the names (the HTTP adapter's
 * `supportedQueries`, the client's unknown-name check) does not import every query's schemas: add a new query's name
 * here too (typecheck names any that is missing).
 */
const names = [
  'orgOverview',
  'leaderboard',
  'activityHeatmap',
  'scoreTrend',
  'masteryTrend',
  'activityInsights',
  'recentAttempts',
  'personalStats',
  'assignmentProgress',
  'learnerActivitySummary',
  'eventFrequency',
  'exportRows',
  'engagement',
  'contentPerformance',
  'sessionQuality',
  'masteryProgression',
  'teamComparison',
  'accuracyTrend',
  'topicMastery',
  'learningVelocity',
  'difficultyCalibration',
  'studentPerformance',
  'aiUsage',
  'questionQuality',
  'tutorEffectiveness',
  'cohortComparison',
  'progressSnapshots',
  'activityDetail',
  'bandProgress',
  'eventTiming',
  'eventCohorts',
] as const satisfies readonly QueryName[];

/** Every catalog query name, in catalog order. */
export const queryNames: readonly QueryName[] = names;

/** A catalog query missing from `queryNames`: `never` while the list is complete. */
type Unlisted = Exclude<QueryName, (typeof names)[number]>;
/** Fails to compile, naming the query, when `queryNames` misses one. */
export const everyQueryNamed: [Unlisted] extends [never] ? true : { missingFromQueryNames: Unlisted } = true;

const nameSet: ReadonlySet<string> = new Set(names);

/** True when `name` is a catalog query. */
export function isQueryName(name: string): name is QueryName {
  return nameSet.has(name);
}
