import type { QueryName, Viewer } from '@learnlens/data-client';
import type { MockDataset } from '@learnlens/mock';

/** Query parameters as a caller passes them. */
export type Params = Record<string, unknown>;

/** A viewer with filters that are valid for them. */
export interface ViewerCase {
  label: string;
  viewer: Viewer;
  teamId: string | undefined;
  userIds: string[];
  person: string;
}

/** The instant relative windows are measured from, inside the generated data's last week. */
export const NOW = '2026-10-29T15:30:00.000Z';

/** Admins of every org, managers of two orgs, learners of two orgs, each with a team, users and a person in scope. */
export function viewerCases(dataset: MockDataset): ViewerCase[] {
  const usersOf = (org: string, role: string) => dataset.users.filter((u) => u.org_id === org && u.role === role);
  const teamsOf = (org: string) => dataset.teams.filter((t) => t.org_id === org);
  const out: ViewerCase[] = [];
  for (const org of dataset.orgs) {
    const admin = usersOf(org.org_id, 'admin')[0]!;
    const learners = usersOf(org.org_id, 'learner');
    out.push({
      label: `admin of ${org.org_id}`,
      viewer: { userId: admin.user_id, role: 'admin', orgId: org.org_id },
      teamId: teamsOf(org.org_id)[1]?.team_id,
      userIds: [learners[1]!.user_id, learners[6]!.user_id],
      person: learners[4]!.user_id,
    });
  }
  for (const org of dataset.orgs.slice(0, 2)) {
    const team = teamsOf(org.org_id)[0]!;
    const members = usersOf(org.org_id, 'learner').filter((u) => u.team_id === team.team_id);
    out.push({
      label: `manager of ${team.team_id}`,
      viewer: { userId: team.manager_id, role: 'manager', orgId: org.org_id },
      teamId: team.team_id,
      userIds: [members[0]!.user_id, members[2]!.user_id],
      person: members[1]!.user_id,
    });
  }
  for (const org of dataset.orgs.slice(1)) {
    const learner = usersOf(org.org_id, 'learner').find((u) => u.team_id !== null)!;
    out.push({
      label: `learner ${learner.user_id}`,
      viewer: { userId: learner.user_id, role: 'learner', orgId: org.org_id },
      teamId: learner.team_id!,
      userIds: [learner.user_id],
      person: learner.user_id,
    });
  }
  return out;
}

/** Parameter sets every query gets: zones (two crossing a DST change in the data), ranges and each filter. */
function commonSets(dataset: MockDataset, v: ViewerCase): Params[] {
  const activities = dataset.activities.filter((a) => a.org_id === v.viewer.orgId).map((a) => a.activity_id);
  return [
    { now: NOW },
    { now: NOW, timezone: 'America/New_York' },
    { now: NOW, timezone: 'Europe/Berlin', from: '2026-09-14', to: '2026-10-28' },
    { now: NOW, timezone: 'Asia/Kolkata', from: '2026-08-20', to: '2026-10-01' },
    { now: NOW, timezone: 'Australia/Sydney', teamId: v.teamId },
    { now: NOW, timezone: 'America/Santiago', userIds: v.userIds },
    { now: NOW, timezone: 'America/Los_Angeles', activityIds: [activities[0]!, activities[2]!, 'no-such-activity'] },
  ];
}

/** The parameter sets of one query for one viewer: the common ones, crossed with the query's own options. */
export function paramSets(dataset: MockDataset, name: QueryName, v: ViewerCase): Params[] {
  const common = commonSets(dataset, v);
  const cross = (extra: Params[]) =>
    common.flatMap((c, i) => extra.filter((_, j) => j === 0 || (i + j) % 2 === 0).map((e) => ({ ...c, ...e })));
  switch (name) {
    case 'leaderboard':
      return [
        ...common.filter((p) => p.from === undefined).flatMap((p) => [{ ...p, period: 'month' }, { ...p, period: 'week' }]),
        { now: NOW, period: 'range', from: '2026-09-01', to: '2026-10-01', timezone: 'Europe/Berlin' },
        { now: NOW, period: 'range', from: '2026-10-10', to: '2026-10-24', sort: '-avgTalkPercentage', limit: 5, offset: 2 },
        { now: '2026-10-01T02:30:00.000Z', period: 'month', timezone: 'America/New_York', sort: 'attempts' },
        { now: NOW, period: 'month', sort: '-totalDurationSeconds', limit: 3 },
        { now: NOW, period: 'month', sort: 'displayName', offset: 1 },
        { now: NOW, period: 'week', sort: '-rank' },
        { now: NOW, period: 'month', sort: 'avgScore', timezone: 'Pacific/Chatham' },
      ];
    case 'activityHeatmap':
      return cross([{ grid: 'calendar' }, { grid: 'weekdayHour' }]);
    case 'scoreTrend':
    case 'masteryTrend':
      return cross([{ bucket: 'day' }, { bucket: 'week' }, { bucket: 'month' }]);
    case 'eventFrequency':
      return cross([
        { eventType: 'filler_word', bucket: 'week' },
        { eventType: 'lesson_complete', bucket: 'day' },
        { eventType: 'question_asked', bucket: 'month' },
      ]);
    case 'personalStats':
      return cross([
        { userId: v.person, bucket: 'week' },
        { userId: v.person, bucket: 'day', now: '2026-10-25T06:00:00.000Z' },
        { bucket: 'month' },
      ]);
    case 'activityInsights':
      return cross([{}, { sort: 'avgScore' }, { sort: '-scoreStddev', limit: 3 }, { sort: 'medianScore', offset: 2 }, { sort: '-lastAttemptedAt' }, { sort: 'avgDurationSeconds' }]);
    case 'recentAttempts':
      return cross([{}, { sort: 'score', limit: 50 }, { sort: '-durationSeconds', limit: 30, offset: 10 }, { sort: 'startedAt', offset: 5 }, { sort: '-score', limit: 1000 }]);
    case 'assignmentProgress':
      return cross([{}, { sort: '-completionRate' }, { sort: 'overdue', limit: 2 }, { sort: '-title', offset: 1 }]);
    case 'learnerActivitySummary':
      return cross([{}, { limit: 25, offset: 10 }]);
    case 'exportRows':
      return cross([{}, { limit: 100, offset: 50 }]);
    default:
      return common;
  }
}

/** Parameters a query needs besides the common ones. */
export const requiredParams = (name: QueryName): Params => (name === 'eventFrequency' ? { eventType: 'filler_word' } : {});
