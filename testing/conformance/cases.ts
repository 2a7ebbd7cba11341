// Who asks and with which parameters: viewers of every role (generated orgs, the tied org, the empty org), parameter
// sets over zones (DST changes in Europe and the Americas, half-hour and 45-minute offsets), ranges and filters,
// requests outside the viewer's scope, and adversarial parameters.
import type { MockDataset } from '@learnlens/mock';
import type { QueryName, Viewer } from '@learnlens/data-client';
import { EMPTY_ORG, NOW, TIES_ORG } from './dataset.js';
import { TZ_ORG } from './timeZoneData.js';

/** Query parameters as a caller passes them. */
export type Params = Record<string, unknown>;

/** A viewer with filters that are valid for them. */
export interface ViewerCase {
  label: string;
  viewer: Viewer;
  teamId: string | undefined;
  userIds: string[];
  /** A learner whose personal stats the viewer may read. */
  person: string;
  /** Asks only the queries of `tutoringQueries` and a sample of `tutorSampledQueries`' (a tutor: a manager of the tutoring org). */
  tutoringOnly?: boolean;
}

/**
 * The tutoring queries a tutor is asked: activityInsights' sort by score deviation splits ties between equal
 * deviations differently per backend on 0/1 scores, so the tutor is not yet a viewer of every query.
 */
const tutoringQueries: ReadonlySet<QueryName> = new Set(['questionQuality', 'tutorEffectiveness', 'cohortComparison', 'progressSnapshots']);
/**
 * The seed's student and calibration queries, asked by the tutor too (a tutor sees only their students' answers):
 * the admin of the same org already runs every set, so the tutor gets every third one to keep the suite quick.
 */
const tutorSampledQueries: ReadonlySet<QueryName> = new Set(['accuracyTrend', 'learningVelocity', 'studentPerformance', 'topicMastery', 'difficultyCalibration']);

/** One request: who, with what, and — when it must be refused — with which error code. */
export interface RequestCase {
  label: string;
  viewer: Viewer;
  params: Params;
  refused?: 'SCOPE' | 'INVALID_PARAMS';
  /** Refused because of the viewer itself (not a member of their org in that role), not of what it names. */
  viewerRefused?: boolean;
}

/** Strings that would change a statement that interpolated them. */
export const INJECTIONS = ["x' or '1'='1", '1; drop table attempts', "') OR 1=1 --", "\\'; DROP TABLE users; --", "%' OR '%'='", 'ties-a" OR "1"="1'];

/** Parameters some queries need on top of a case's (activityDetail: an activity of the viewer's org unless named). */
export const requiredParams = (name: QueryName, viewer: Viewer, params: Params, dataset: MockDataset): Params => {
  if (name === 'eventFrequency') return { eventType: 'filler_word' };
  if (name === 'activityDetail' && params.activityId === undefined) {
    return { activityId: dataset.activities.find((a) => a.org_id === viewer.orgId)?.activity_id ?? 'no-such-activity' };
  }
  return {};
};

/** The viewers, parameter sets and requests of the suite, over `dataset`. */
export function casesFor(dataset: MockDataset) {
  const usersOf = (orgId: string, role: string) => dataset.users.filter((u) => u.org_id === orgId && u.role === role);
  const teamsOf = (orgId: string) => dataset.teams.filter((t) => t.org_id === orgId);
  const activitiesOf = (orgId: string) => dataset.activities.filter((a) => a.org_id === orgId).map((a) => a.activity_id);
  const generatedOrgs = dataset.orgs.map((o) => o.org_id).filter((o) => o !== EMPTY_ORG && o !== TIES_ORG && o !== TZ_ORG);
  const viewerOf = (userId: string): Viewer => {
    const u = dataset.users.find((x) => x.user_id === userId)!;
    return { userId, role: u.role, orgId: u.org_id };
  };

  function viewers(): ViewerCase[] {
    const out: ViewerCase[] = [];
    for (const org of generatedOrgs) {
      const learners = usersOf(org, 'learner');
      out.push({
        label: `admin of ${org}`,
        viewer: viewerOf(usersOf(org, 'admin')[0]!.user_id),
        teamId: teamsOf(org)[1]?.team_id,
        userIds: [learners[0]!.user_id, learners[5]!.user_id],
        person: learners[3]!.user_id,
      });
    }
    // Every generated org's first team manager: the third org is a tutoring org, whose managers are its tutors.
    for (const [i, org] of generatedOrgs.entries()) {
      const team = teamsOf(org)[0]!;
      const members = usersOf(org, 'learner').filter((u) => u.team_id === team.team_id);
      out.push({
        label: `manager of ${team.team_id}`,
        viewer: viewerOf(team.manager_id),
        teamId: team.team_id,
        userIds: [members[0]!.user_id, members[1]!.user_id],
        person: members[2]!.user_id,
        ...(i >= 2 ? { tutoringOnly: true } : {}),
      });
    }
    for (const org of generatedOrgs.slice(1)) {
      const learner = usersOf(org, 'learner').find((u) => u.team_id !== null)!;
      out.push({ label: `learner ${learner.user_id}`, viewer: viewerOf(learner.user_id), teamId: learner.team_id!, userIds: [learner.user_id], person: learner.user_id });
    }
    out.push(
      { label: 'admin of the tied org', viewer: viewerOf('ties-admin'), teamId: 'ties-team', userIds: ['ties-a', 'ties-b'], person: 'ties-c' },
      { label: 'manager of the tied org', viewer: viewerOf('ties-manager'), teamId: 'ties-team', userIds: ['ties-c', 'ties-d'], person: 'ties-e' },
      { label: 'learner with tied peers', viewer: viewerOf('ties-a'), teamId: 'ties-team', userIds: ['ties-a'], person: 'ties-a' },
      { label: 'admin of the empty org', viewer: viewerOf(`${EMPTY_ORG}-admin`), teamId: `${EMPTY_ORG}-team`, userIds: [`${EMPTY_ORG}-l1`], person: `${EMPTY_ORG}-l2` },
      { label: 'learner of the empty org', viewer: viewerOf(`${EMPTY_ORG}-l1`), teamId: `${EMPTY_ORG}-team`, userIds: [`${EMPTY_ORG}-l1`], person: `${EMPTY_ORG}-l1` },
    );
    return out;
  }

  function commonSets(v: ViewerCase): Params[] {
    const activities = activitiesOf(v.viewer.orgId);
    return [
      { now: NOW },
      { now: NOW, timezone: 'America/New_York' },
      { now: NOW, timezone: 'Europe/Berlin', from: '2026-09-15', to: '2026-10-27' },
      { now: NOW, timezone: 'Europe/Berlin', from: '2026-10-24', to: '2026-10-27' },
      { now: NOW, timezone: 'Asia/Kolkata', from: '2026-08-20', to: '2026-10-01' },
      { now: NOW, timezone: 'Asia/Kathmandu', from: '2026-10-01', to: '2026-11-01' },
      { now: NOW, timezone: 'Pacific/Auckland', teamId: v.teamId },
      { now: NOW, timezone: 'America/Santiago', userIds: v.userIds },
      { now: NOW, timezone: 'America/Los_Angeles', activityIds: [activities[0] ?? 'no-such-activity', activities[3] ?? 'no-such-activity', 'no-such-activity'] },
    ];
  }

  /** Parameter sets of one query for one viewer: the common sets crossed with the query's own options. */
  function paramSets(name: QueryName, v: ViewerCase): Params[] {
    if (v.tutoringOnly && tutorSampledQueries.has(name)) return allParamSets(name, v).filter((_, i) => i % 3 === 0);
    if (v.tutoringOnly && !tutoringQueries.has(name)) return [];
    return allParamSets(name, v);
  }

  function allParamSets(name: QueryName, v: ViewerCase): Params[] {
    const common = commonSets(v);
    const crossed = (extra: Params[]) =>
      common.flatMap((c, i) => extra.flatMap((e, j) => ((i + j) % 2 === 0 || j === 0 ? [{ ...c, ...e }] : [])));
    switch (name) {
      case 'leaderboard':
        return [
          ...common.filter((p) => p.from === undefined).flatMap((p) => [{ ...p, period: 'month' }, { ...p, period: 'week' }]),
          { now: NOW, period: 'range', from: '2026-09-01', to: '2026-10-01', timezone: 'Europe/Berlin' },
          { now: NOW, period: 'range', from: '2026-10-24', to: '2026-10-27', timezone: 'Europe/Berlin' },
          { now: NOW, period: 'range', from: '2026-10-10', to: '2026-10-24', sort: '-avgTalkPercentage', limit: 5, offset: 2 },
          { now: '2026-09-10T00:30:00.000Z', period: 'month', timezone: 'America/New_York', sort: 'attempts' },
          { now: NOW, period: 'month', sort: '-totalDurationSeconds', limit: 3 },
          { now: NOW, period: 'month', sort: 'displayName', offset: 1 },
          { now: NOW, period: 'month', sort: '-displayName' },
          { now: NOW, period: 'month', sort: '-rank' },
          { now: NOW, period: 'month', sort: 'avgScore' },
        ];
      // The `days` filter and weeks from Sunday or Saturday ride on sets every zone already crosses (issue 12 §5, 10).
      case 'activityHeatmap':
        return crossed([{ grid: 'calendar' }, { grid: 'weekdayHour' }, { grid: 'calendar', days: 'weekends' }, { grid: 'weekdayHour', days: 'weekdays' }]);
      case 'scoreTrend':
      case 'masteryTrend':
      case 'accuracyTrend':
        return crossed([{ bucket: 'day' }, { bucket: 'week' }, { bucket: 'month', days: 'weekdays' }, { bucket: 'week', days: 'weekends', weekStart: 0 }]);
      case 'learningVelocity':
        return crossed([{}, { days: 'weekends' }]);
      case 'eventFrequency':
        return crossed([
          { eventType: 'filler_word', bucket: 'week' },
          { eventType: 'lesson_complete', bucket: 'day' },
          { eventType: 'question_asked', bucket: 'month' },
          { eventType: 'filler_word', bucket: 'week', days: 'weekdays', weekStart: 6 },
        ]);
      case 'personalStats':
        return crossed([
          { userId: v.person, bucket: 'week' },
          { userId: v.person, bucket: 'day', now: '2026-10-20T06:00:00.000Z' },
          { userId: v.person, bucket: 'month' },
          { bucket: 'week' },
          { userId: v.person, bucket: 'week', weekStart: 0 },
        ]);
      case 'activityInsights':
        return crossed([{}, { sort: 'avgScore' }, { sort: '-scoreStddev', limit: 3 }, { sort: 'medianScore', offset: 2 }, { sort: '-lastAttemptedAt' }, { sort: 'avgDurationSeconds' }]);
      case 'recentAttempts':
        return crossed([
          {},
          { sort: 'score', limit: 50 },
          { sort: '-durationSeconds', limit: 30, offset: 10 },
          { sort: 'startedAt', offset: 5 },
          { sort: '-score', limit: 1000 },
          { sort: 'displayName', limit: 40, offset: 3 },
          { sort: '-activityName', limit: 40 },
        ]);
      case 'assignmentProgress':
        return crossed([{}, { sort: '-completionRate' }, { sort: 'overdue', limit: 2 }, { sort: '-title', offset: 1 }, { sort: 'dueAt' }]);
      case 'learnerActivitySummary':
        return crossed([{}, { limit: 25, offset: 10 }]);
      case 'exportRows':
        return crossed([{}, { limit: 100, offset: 50 }]);
      case 'masteryProgression':
        return crossed([{}, { bucket: 'day', threshold: 0.6 }, { bucket: 'month', threshold: 0.5 }, { days: 'weekends', weekStart: 0, threshold: 0.6 }]);
      case 'activityDetail': {
        // One activity per request: a few sets over zones, ranges, filters and another activity of the org.
        const acts = activitiesOf(v.viewer.orgId);
        return [
          common[0]!,
          { ...common[1]!, activityId: acts[2] ?? 'no-such-activity' },
          { ...common[2]!, teamId: v.teamId },
          { ...common[5]!, userIds: v.userIds, learnerLimit: 1 },
          { ...common[8]!, learnerLimit: 3 },
          { ...common[4]!, days: 'weekends' },
        ];
      }
      case 'teamComparison':
        // Every zone, range and filter, plus a window that holds assignments due and overdue.
        return [...common, { now: NOW, timezone: 'Europe/Berlin', from: '2026-08-01', to: '2026-12-01' }];
      case 'aiUsage':
        return crossed([{}, { groupBy: 'model' }]);
      case 'bandProgress':
        // Every zone, range and filter per learner; teams over the whole period and one narrowed window.
        return [...common, { now: NOW, groupBy: 'team' }, { now: NOW, timezone: 'Asia/Kolkata', from: '2026-08-20', to: '2026-10-01', groupBy: 'team' }];
      case 'studentPerformance':
        return crossed([
          {},
          { sort: 'accuracyPct' },
          { sort: '-avgTimeSeconds', limit: 3 },
          { sort: 'displayName', offset: 2 },
          { sort: '-lastAttemptAt', limit: 4, offset: 1 },
          { sort: 'daysActive', limit: 5 },
        ]);
      case 'topicMastery':
        return crossed([
          {},
          { grid: true },
          { grid: true, masteryThreshold: 1, recentAttempts: 3, limit: 4, offset: 1 },
          { grid: true, masteryThreshold: 0.6, recentAttempts: 8 },
        ]);
      case 'difficultyCalibration':
        return crossed([{}, { minAttempts: 5 }, { minAttempts: 1 }]);
      case 'questionQuality':
        return crossed([{}, { sort: '-flags', limit: 5 }, { sort: 'accuracy', offset: 2 }, { sort: 'title', limit: 20 }]);
      case 'cohortComparison':
        return crossed([{}, { masteryThreshold: 0.6, recentAttempts: 3 }]);
      // Call positions: the ends of a call (attempt_started at 0, attempt_completed at the end) besides KPI events.
      case 'eventTiming':
        return [
          common[0]!,
          common[2]!,
          { ...common[6]!, eventTypes: ['filler_word', 'attempt_started', 'attempt_completed'] },
          { ...common[7]!, eventTypes: ['question_asked', 'interruption'] },
          common[8]!,
        ];
      case 'eventCohorts':
        return [
          common[0]!,
          { ...common[2]!, eventType: 'filler_word', bounds: [0.2, 0.5, 1] },
          { ...common[6]!, eventType: 'filler_word', bounds: [0.1, 0.25] },
          { ...common[7]!, eventType: 'interruption', bounds: [0.05] },
          { ...common[8]!, bounds: [0.1, 0.3] },
        ];
      // Every snapshot ranks all earlier answers: a few sets keep the suite quick.
      case 'progressSnapshots':
        return [
          { now: NOW },
          { now: NOW, bucket: 'month', timezone: 'America/New_York', limit: 40, offset: 5 },
          { now: NOW, timezone: 'Europe/Berlin', from: '2026-09-15', to: '2026-10-27', recentAttempts: 3, masteryThreshold: 0.7 },
          { now: NOW, timezone: 'Asia/Kathmandu', teamId: v.teamId, activityIds: commonSets(v)[8]!.activityIds },
          { now: NOW, timezone: 'Pacific/Auckland', weekStart: 6 },
        ];
      default:
        return common;
    }
  }

  const [org1, org2] = generatedOrgs as [string, string];
  const admin1 = viewerOf(usersOf(org1, 'admin')[0]!.user_id);
  const team1 = teamsOf(org1)[0]!;
  const team2 = teamsOf(org1)[1]!;
  const learner = usersOf(org1, 'learner').find((u) => u.team_id === team1.team_id)!;
  const mate = usersOf(org1, 'learner').find((u) => u.team_id === team1.team_id && u.user_id !== learner.user_id)!;
  const outsider = usersOf(org1, 'learner').find((u) => u.team_id === team2.team_id)!;
  const manager = viewerOf(team1.manager_id);
  const learner1 = viewerOf(learner.user_id);
  const emptyAdmin = viewerOf(`${EMPTY_ORG}-admin`);

  /** Requests outside the viewer's scope: each must fail with the same ScopeError on every backend. */
  function outOfScope(name?: QueryName): RequestCase[] {
    const own: RequestCase[] =
      name === 'activityDetail'
        ? [
            { label: "another org's activity", viewer: admin1, params: { activityId: activitiesOf(org2)[0]! } },
            { label: 'an activity that does not exist', viewer: admin1, params: { activityId: 'no-such-activity' } },
            { label: "a manager asking for another org's activity", viewer: manager, params: { activityId: activitiesOf(org2)[1]! } },
            { label: "a learner asking for another org's activity", viewer: learner1, params: { activityId: activitiesOf(org2)[0]! } },
          ]
        : [];
    return [
      ...own,
      { label: 'another org as orgId', viewer: admin1, params: { orgId: org2 } },
      { label: "another org's learner", viewer: admin1, params: { userIds: [usersOf(org2, 'learner')[0]!.user_id] } },
      { label: 'a learner that does not exist', viewer: admin1, params: { userIds: ['no-such-learner'] } },
      { label: "another org's team", viewer: admin1, params: { teamId: teamsOf(org2)[0]!.team_id } },
      { label: 'a team that does not exist', viewer: admin1, params: { teamId: 'no-such-team' } },
      { label: 'admin claiming another org', viewer: { ...admin1, orgId: org2 }, params: {}, viewerRefused: true },
      { label: 'unknown org', viewer: { ...admin1, orgId: 'org-404' }, params: {}, viewerRefused: true },
      { label: 'wrong role', viewer: { ...admin1, role: 'manager' }, params: {}, viewerRefused: true },
      { label: 'unknown viewer', viewer: { ...admin1, userId: 'nobody' }, params: {}, viewerRefused: true },
      { label: "manager asking for another team's learner", viewer: manager, params: { userIds: [outsider.user_id] } },
      { label: "manager asking for another org's learner", viewer: manager, params: { userIds: [usersOf(org2, 'learner')[0]!.user_id] } },
      { label: 'manager asking for a learner that does not exist', viewer: manager, params: { userIds: ['no-such-learner'] } },
      { label: 'manager filtering by another team', viewer: manager, params: { teamId: team2.team_id } },
      // Peers are never addressable by real id, on the leaderboard (which shows them) as anywhere else.
      { label: 'learner asking for a teammate', viewer: learner1, params: { userIds: [mate.user_id] } },
      { label: 'learner asking for themselves and a teammate', viewer: learner1, params: { userIds: [learner.user_id, mate.user_id] } },
      { label: 'learner asking for a stranger', viewer: learner1, params: { userIds: ['no-such-learner'] } },
      { label: 'learner filtering by another team', viewer: learner1, params: { teamId: team2.team_id } },
      { label: 'empty org admin asking for a tied learner', viewer: emptyAdmin, params: { userIds: ['ties-a'] } },
      { label: 'empty org admin reading the tied org', viewer: emptyAdmin, params: { orgId: TIES_ORG } },
    ];
  }

  /** SQL in filter values, tenant columns as filters, unknown keys: refused alike, or answered alike (empty). */
  function adversarial(name: QueryName): RequestCase[] {
    const own: RequestCase[] = [
      { label: 'SQL in activityIds', viewer: admin1, params: { now: NOW, activityIds: INJECTIONS } },
      { label: "SQL in a learner's activityIds", viewer: learner1, params: { now: NOW, activityIds: INJECTIONS } },
      { label: 'SQL in teamId', viewer: admin1, params: { now: NOW, teamId: INJECTIONS[0] }, refused: 'SCOPE' },
      { label: 'SQL in userIds', viewer: admin1, params: { now: NOW, userIds: [INJECTIONS[1], INJECTIONS[5]] }, refused: 'SCOPE' },
      { label: 'SQL in orgId', viewer: admin1, params: { now: NOW, orgId: `${org1}' or '1'='1` }, refused: 'SCOPE' },
      { label: 'SQL in timezone', viewer: admin1, params: { now: NOW, timezone: "UTC'; drop table attempts; --" }, refused: 'INVALID_PARAMS' },
      { label: 'SQL in from', viewer: admin1, params: { now: NOW, from: "2026-01-01' or '1'='1" }, refused: 'INVALID_PARAMS' },
      { label: "another org's id as orgId", viewer: admin1, params: { now: NOW, orgId: org2 }, refused: 'SCOPE' },
      { label: 'the tenant column as a filter', viewer: admin1, params: { now: NOW, org_id: org2 }, refused: 'INVALID_PARAMS' },
      { label: 'unknown filter keys', viewer: learner1, params: { now: NOW, tenant_id: org2, user_id: mate.user_id, where: '1=1' }, refused: 'INVALID_PARAMS' },
    ];
    if (name === 'eventFrequency') own.push({ label: 'SQL in eventType', viewer: admin1, params: { now: NOW, eventType: `filler_word' or '1'='1` } });
    if (name === 'activityDetail') own.push({ label: 'SQL in activityId', viewer: admin1, params: { now: NOW, activityId: INJECTIONS[0] }, refused: 'SCOPE' });
    if (name === 'personalStats') own.push({ label: 'SQL in userId', viewer: admin1, params: { now: NOW, userId: INJECTIONS[0] }, refused: 'SCOPE' });
    if (name === 'leaderboard' || name === 'recentAttempts') {
      own.push({ label: 'SQL in sort', viewer: admin1, params: { now: NOW, sort: 'score; drop table attempts' }, refused: 'INVALID_PARAMS' });
    }
    return own;
  }

  /** Export requests: several viewers and filters, and one outside the scope. */
  function exports(): RequestCase[] {
    const cases: RequestCase[] = [];
    const berlin = { now: NOW, timezone: 'Europe/Berlin', from: '2026-10-20', to: '2026-10-27' };
    for (const v of viewers().filter((x) => !x.tutoringOnly).filter((_, i) => i % 2 === 0)) {
      cases.push({ label: `${v.label}, all`, viewer: v.viewer, params: { now: NOW } });
      cases.push({ label: `${v.label}, Berlin week`, viewer: v.viewer, params: berlin });
      cases.push({ label: `${v.label}, team and learners`, viewer: v.viewer, params: { now: NOW, teamId: v.teamId, userIds: v.userIds } });
    }
    cases.push({ label: 'another org', viewer: admin1, params: { now: NOW, orgId: org2 }, refused: 'SCOPE' });
    cases.push({ label: 'SQL in activityIds', viewer: admin1, params: { now: NOW, activityIds: INJECTIONS } });
    return cases;
  }

  return { viewers, paramSets, outOfScope, adversarial, exports };
}
