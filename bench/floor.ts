// The plain-scan floor of each scenario: one loop over the same rows (the viewer's org slice of the table the query
// reads, cut to the same time window by binary search) touching the same typed-array columns in one pass, each
// column into its own sum so the loop cannot be optimised away. A query cannot beat it by much; issue 9's goal is the engine within 3× of it.
import { catalog, dayNumberOf, leaderboardPeriod, zoneClock, type QueryName } from '../packages/data-client/src/index.js';
import type { MockDataset } from '../packages/mock/src/index.js';
import type { Scenario } from './scenarios.js';

type Table = 'attempts' | 'events' | 'mastery' | 'sessions';
type Column = Float64Array | Int32Array | Uint16Array | Uint8Array;

// Per query: the tables it scans and the columns it reads from each, besides the time column (read by the search).
const reads: Record<QueryName, Partial<Record<Table, string[]>>> = {
  orgOverview: { attempts: ['user', 'score', 'endedAt'] },
  leaderboard: { attempts: ['user', 'activity', 'score', 'startedAt', 'duration', 'talkMs', 'listenMs'] },
  activityHeatmap: { attempts: ['user', 'activity', 'startedAt'] },
  scoreTrend: { attempts: ['user', 'activity', 'score', 'startedAt'] },
  masteryTrend: { mastery: ['user', 'content', 'current', 'delta', 'confidence', 'occurredAt'] },
  activityInsights: { attempts: ['user', 'activity', 'score', 'duration', 'endedAt'] },
  recentAttempts: { attempts: ['user', 'activity', 'score', 'duration', 'startedAt'] },
  personalStats: { attempts: ['user', 'score', 'startedAt'] },
  assignmentProgress: { attempts: ['user', 'activity', 'startedAt'] },
  learnerActivitySummary: { events: ['user', 'type', 'occurredAt'], sessions: ['user', 'start', 'duration'], attempts: ['user', 'startedAt'] },
  eventFrequency: { events: ['user', 'type', 'occurredAt'] },
  exportRows: { attempts: ['user', 'activity', 'startedAt'] },
  engagement: { events: ['user', 'activity', 'occurredAt'], sessions: ['user', 'start', 'duration'] },
  contentPerformance: { events: ['user', 'activity', 'type', 'session', 'occurredAt'] },
  sessionQuality: { sessions: ['user', 'start', 'duration', 'totalEvents'], events: ['user', 'session', 'type'] },
  masteryProgression: { mastery: ['user', 'content', 'previous', 'current', 'occurredAt'] },
  teamComparison: { attempts: ['user', 'activity', 'score', 'startedAt', 'endedAt'] },
  accuracyTrend: { attempts: ['user', 'activity', 'score', 'startedAt'] },
  topicMastery: { attempts: ['user', 'activity', 'score', 'duration', 'startedAt'] },
  learningVelocity: { attempts: ['user', 'activity', 'duration', 'startedAt'] },
  difficultyCalibration: { attempts: ['user', 'activity', 'score', 'startedAt'] },
  studentPerformance: { attempts: ['user', 'activity', 'score', 'duration', 'startedAt'] },
  // ai_usage_log is no table the floor scans (it is small: a few rows per tutoring org and day).
  aiUsage: {},
  questionQuality: { attempts: ['user', 'activity', 'score', 'duration'] },
  tutorEffectiveness: { attempts: ['user', 'activity', 'score', 'startedAt', 'endedAt'] },
  cohortComparison: { attempts: ['user', 'activity', 'score', 'startedAt'] },
  progressSnapshots: { attempts: ['user', 'activity', 'score', 'startedAt', 'endedAt'] },
  activityDetail: { attempts: ['user', 'activity', 'score', 'startedAt'] },
  bandProgress: { attempts: ['user', 'activity', 'startedAt', 'goalBand', 'task1Band', 'task2Band'] },
  eventTiming: { events: ['user', 'type', 'attempt', 'occurredAt'] },
  eventCohorts: { attempts: ['user', 'activity', 'score', 'startedAt', 'endedAt'], events: ['type', 'attempt'] },
};

const timeColumn: Record<Table, string> = { attempts: 'startedAt', events: 'occurredAt', mastery: 'occurredAt', sessions: 'start' };

function lowerBound(times: Float64Array, start: number, end: number, t: number): number {
  let lo = start;
  let hi = end;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (times[mid]! < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// [fromMs, toMs) a scenario's query reads: its range, the leaderboard's two periods, or the whole history.
function window(scenario: Scenario): [number, number] {
  const params = catalog[scenario.query].params.parse(scenario.params) as unknown as {
    timezone: string;
    now: string;
    from?: string;
    to?: string;
    period: 'week' | 'month' | 'range';
  };
  const clock = zoneClock(params.timezone);
  if (scenario.query === 'leaderboard') {
    const p = leaderboardPeriod(params);
    return [clock.dayStartUtc(dayNumberOf(p.previousFrom)), clock.dayStartUtc(dayNumberOf(p.to))];
  }
  const { from, to } = params;
  return [from ? clock.dayStartUtc(dayNumberOf(from)) : -Infinity, to ? clock.dayStartUtc(dayNumberOf(to)) : Infinity];
}

/** A scan of the scenario's rows and columns, and how many rows it reads. */
export function floorScan(dataset: MockDataset, scenario: Scenario): { scan: () => number; rows: number } {
  const org = dataset.index.org.get(scenario.viewer.orgId)!;
  const [fromMs, toMs] = window(scenario);
  const parts = Object.entries(reads[scenario.query]).map(([table, names]) => {
    const t = dataset[table as Table] as unknown as Record<string, Column>;
    const times = t[timeColumn[table as Table]] as Float64Array;
    const range = dataset.ranges[table as Table][org]!;
    const start = fromMs === -Infinity ? range.start : lowerBound(times, range.start, range.end, fromMs);
    const end = toMs === Infinity ? range.end : lowerBound(times, start, range.end, toMs);
    return { start, end, columns: names!.map((n) => t[n]!) };
  });
  const scans = parts.map((p, k) => rowScan(p.columns, k));
  return {
    rows: parts.reduce((sum, p) => sum + p.end - p.start, 0),
    scan: () => {
      let acc = 0;
      for (let k = 0; k < parts.length; k++) acc += scans[k]!(parts[k]!.start, parts[k]!.end);
      return acc;
    },
  };
}

let generated = 0;

// One pass over the rows reading every column, each into its own accumulator. Summing every column into one running
// total made a dependent chain of float adds (each waits for the last) and, column after column, a loop whose loads
// saw every array type: measured about 3× slower than this on seven columns of a million rows. The loop is written
// out for this scan's columns (held as closure constants, each load site seeing one array type, the returned sum
// keeping every load alive); the comment makes each source unique, so no two scans share the JIT's type feedback.
function rowScan(columns: Column[], part: number): (start: number, end: number) => number {
  const k = columns.map((_, i) => i);
  const body = `// floor scan ${generated++}.${part}
const [${k.map((i) => `c${i}`).join(', ')}] = columns;
return (start, end) => {
  let ${k.map((i) => `a${i} = 0`).join(', ')};
  for (let i = start; i < end; i++) {
    ${k.map((i) => `a${i} += c${i}[i];`).join(' ')}
  }
  return ${k.length ? k.map((i) => `a${i}`).join(' + ') : '0'};
};`;
  return new Function('columns', body)(columns) as (start: number, end: number) => number;
}
