import type { MockDataset } from '../../dataset/dataset.types.js';
import { perOrgCache } from '../perOrgCache.js';
import { masteryByContent, type MasteryByContent } from './masteryByContent.js';

/**
 * One org's mastery rows grouped by the team of their learner, then by content item, each group in table (time) order,
 * with the columns masteryTrend sums copied in that order (as MasteryByContent, whose entries these are, regrouped).
 * A manager's view selects one whole team: its (content item, bucket) cells are then contiguous stretches here, summed
 * as the org's own are, where picking the team's entries out of the org's groups read every entry of the org.
 */
export interface MasteryByTeam {
  /** Number of content groups per team: every activity index of the dataset. */
  activities: number;
  /** The org's teams (indexes into dataset.teams), by local number; learners with no team come after them. */
  teams: number[];
  /** Per team index of the dataset: its local number, or -1 (another org's team). */
  localTeam: Int32Array;
  /** Per local team t, how many of its users have mastery rows in the org. */
  usersWithRows: Int32Array;
  /** Where group (t, a) starts: groupOffsets[t × activities + a]; it ends where the next one starts. */
  groupOffsets: Int32Array;
  /** As MasteryByContent's, in this order. */
  row: Int32Array;
  previous: Int32Array;
  current: Float64Array;
  delta: Float64Array;
  confidence: Float64Array;
}

/** One team's groups, shaped as MasteryByContent's for the scans that read `groupStart`, `groupEnd` and the columns. */
export type TeamGroups = Pick<MasteryByContent, 'groupStart' | 'groupEnd' | 'row' | 'previous' | 'current' | 'delta' | 'confidence'>;

/** Org index `org`'s `MasteryByTeam`, built on first use (from its MasteryByContent; datasets are never changed). */
export const masteryByTeam: (dataset: MockDataset, org: number) => MasteryByTeam = perOrgCache(build);

/** Team t's groups as views of the index (no copy). */
export function teamGroups(index: MasteryByTeam, t: number): TeamGroups {
  const { activities, groupOffsets } = index;
  return {
    groupStart: groupOffsets.subarray(t * activities, (t + 1) * activities),
    groupEnd: groupOffsets.subarray(t * activities + 1, (t + 1) * activities + 1),
    row: index.row,
    previous: index.previous,
    current: index.current,
    delta: index.delta,
    confidence: index.confidence,
  };
}

/**
 * The local number of the one team whose users with mastery rows are exactly the selected users with rows (`selected`:
 * user indexes, all of the org), or -1 when they are not one whole team.
 */
export function wholeTeam(dataset: MockDataset, index: MasteryByTeam, byContent: MasteryByContent, selected: Int32Array, count: number): number {
  const { userOffsets } = byContent;
  let team = -1;
  let withRows = 0;
  for (let s = 0; s < count; s++) {
    const u = selected[s]!;
    if (userOffsets[u + 1] === userOffsets[u]) continue;
    const t = localTeamOf(dataset, index, u);
    if (t < 0 || (team >= 0 && t !== team)) return -1;
    team = t;
    withRows++;
  }
  return team >= 0 && withRows === index.usersWithRows[team] ? team : -1;
}

// A user's local team number, or -1 when the user has none.
function localTeamOf(dataset: MockDataset, index: MasteryByTeam, u: number): number {
  const teamId = dataset.users[u]!.team_id;
  return teamId === null ? -1 : index.localTeam[dataset.index.team.get(teamId)!]!;
}

function build(dataset: MockDataset, org: number): MasteryByTeam {
  const byContent = masteryByContent(dataset, org);
  const orgId = dataset.orgs[org]!.org_id;
  const teams: number[] = [];
  const localTeam = new Int32Array(dataset.teams.length).fill(-1);
  dataset.teams.forEach((team, i) => {
    if (team.org_id === orgId) {
      localTeam[i] = teams.length;
      teams.push(i);
    }
  });
  const activities = dataset.activities.length;
  const n = byContent.row.length;
  const index: MasteryByTeam = {
    activities,
    teams,
    localTeam,
    usersWithRows: new Int32Array(teams.length + 1),
    // Groups of the org's teams, then of learners with no team (local number teams.length), then the end.
    groupOffsets: new Int32Array((teams.length + 1) * activities + 1),
    row: new Int32Array(n),
    previous: new Int32Array(n),
    current: new Float64Array(n),
    delta: new Float64Array(n),
    confidence: new Float64Array(n),
  };
  // Each user's local team (no team: teams.length), counted once per user with rows.
  const { userOffsets } = byContent;
  const teamOfUser = new Int32Array(dataset.users.length);
  for (let u = 0; u < dataset.users.length; u++) {
    const t = localTeamOf(dataset, index, u);
    teamOfUser[u] = t < 0 ? teams.length : t;
    if (userOffsets[u + 1]! > userOffsets[u]!) index.usersWithRows[teamOfUser[u]!]!++;
  }
  // A counting sort of the org's entries by (team, content item), stable, so each group stays in time order.
  const { groupOffsets } = index;
  for (let a = 0; a < activities; a++) {
    for (let k = byContent.groupStart[a]!; k < byContent.groupEnd[a]!; k++) groupOffsets[teamOfUser[byContent.user[k]!]! * activities + a + 1]!++;
  }
  for (let g = 1; g < groupOffsets.length; g++) groupOffsets[g]! += groupOffsets[g - 1]!;
  const next = groupOffsets.slice(0, groupOffsets.length - 1);
  for (let a = 0; a < activities; a++) {
    for (let k = byContent.groupStart[a]!; k < byContent.groupEnd[a]!; k++) {
      const at = next[teamOfUser[byContent.user[k]!]! * activities + a]!++;
      index.row[at] = byContent.row[k]!;
      index.previous[at] = byContent.previous[k]!;
      index.current[at] = byContent.current[k]!;
      index.delta[at] = byContent.delta[k]!;
      index.confidence[at] = byContent.confidence[k]!;
    }
  }
  return index;
}
