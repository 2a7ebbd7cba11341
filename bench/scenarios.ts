import type { QueryName, Viewer } from '../packages/data-client/src/index.js';
import type { MockDataset } from '../packages/mock/src/index.js';

/** One timed call: a query, who asks, and with what parameters. */
export interface Scenario {
  query: QueryName;
  label: string;
  viewer: Viewer;
  params: Record<string, unknown>;
}

/** The viewers of the bench: the biggest org's admin, one of its managers and a learner of that manager's team. */
export function benchViewers(dataset: MockDataset): { admin: Viewer; manager: Viewer; learner: Viewer; mate: string } {
  const sizes = dataset.ranges.attempts.map((r) => r.end - r.start);
  const org = dataset.orgs[sizes.indexOf(Math.max(...sizes))]!;
  const admin = dataset.users.find((u) => u.org_id === org.org_id && u.role === 'admin')!;
  const team = dataset.teams.find((t) => t.org_id === org.org_id)!;
  const members = dataset.users.filter((u) => u.team_id === team.team_id && u.role === 'learner');
  return {
    admin: { userId: admin.user_id, role: 'admin', orgId: org.org_id },
    manager: { userId: team.manager_id, role: 'manager', orgId: org.org_id },
    learner: { userId: members[0]!.user_id, role: 'learner', orgId: org.org_id },
    mate: members[1]!.user_id,
  };
}

/** Realistic calls of every catalog query, as the admin, manager and learner views make them. */
export function benchScenarios(dataset: MockDataset): Scenario[] {
  const { admin, manager, learner, mate } = benchViewers(dataset);
  const end = dataset.meta.endDate;
  const endMs = Date.parse(`${end}T00:00:00Z`);
  const now = new Date(endMs - 6 * 3_600_000).toISOString();
  const daysBefore = (n: number) => new Date(endMs - n * 86_400_000).toISOString().slice(0, 10);
  const last90 = { from: daysBefore(90), to: end };
  const s = (query: QueryName, label: string, viewer: Viewer, params: Record<string, unknown>): Scenario => ({
    query,
    label,
    viewer,
    params: { now, ...params },
  });
  return [
    s('orgOverview', 'admin, whole history', admin, {}),
    s('orgOverview', 'manager, last 90 days', manager, last90),
    s('orgOverview', 'learner', learner, {}),
    s('leaderboard', 'admin, this month', admin, { period: 'month' }),
    s('leaderboard', 'admin, 90-day range, top 50 by attempts', admin, { period: 'range', ...last90, sort: '-attempts', limit: 50 }),
    s('leaderboard', 'manager, this week', manager, { period: 'week', timezone: 'America/New_York' }),
    s('leaderboard', 'learner, this month (peers)', learner, { period: 'month' }),
    s('activityHeatmap', 'admin, calendar, 90 days, America/New_York', admin, { grid: 'calendar', ...last90, timezone: 'America/New_York' }),
    s('activityHeatmap', 'admin, weekday × hour, Europe/Berlin', admin, { grid: 'weekdayHour', timezone: 'Europe/Berlin' }),
    s('activityHeatmap', 'manager, calendar, UTC', manager, { grid: 'calendar' }),
    s('scoreTrend', 'admin, weekly, Asia/Kolkata', admin, { bucket: 'week', timezone: 'Asia/Kolkata' }),
    s('scoreTrend', 'admin, daily, 90 days', admin, { bucket: 'day', ...last90 }),
    s('scoreTrend', 'learner, monthly', learner, { bucket: 'month' }),
    s('masteryTrend', 'admin, weekly', admin, { bucket: 'week' }),
    s('masteryTrend', 'manager, monthly, Europe/Berlin', manager, { bucket: 'month', timezone: 'Europe/Berlin' }),
    s('masteryTrend', "learner's own path, daily", learner, { bucket: 'day', userIds: [learner.userId] }),
    s('activityInsights', 'admin, by attempts', admin, {}),
    s('activityInsights', 'manager, by median, 90 days', manager, { sort: '-medianScore', ...last90 }),
    s('recentAttempts', 'admin, first page', admin, {}),
    s('recentAttempts', 'admin, by score, page 51', admin, { sort: 'score', limit: 20, offset: 1000 }),
    s('recentAttempts', 'manager, longest first', manager, { sort: '-durationSeconds', limit: 50 }),
    s('recentAttempts', 'learner, first page', learner, {}),
    s('personalStats', 'learner, weekly trend', learner, { bucket: 'week' }),
    s('personalStats', "manager viewing a learner, daily, America/New_York", manager, { userId: mate, bucket: 'day', timezone: 'America/New_York' }),
    s('assignmentProgress', 'admin, all', admin, {}),
    s('assignmentProgress', 'manager, by completion', manager, { sort: 'completionRate' }),
    s('learnerActivitySummary', 'admin, first 1,000 rows', admin, {}),
    s('learnerActivitySummary', 'manager, 90 days, Europe/Berlin', manager, { ...last90, timezone: 'Europe/Berlin' }),
    s('eventFrequency', 'admin, filler words per week', admin, { eventType: 'filler_word', bucket: 'week' }),
    s('eventFrequency', 'manager, questions per day, America/New_York', manager, { eventType: 'question_asked', bucket: 'day', timezone: 'America/New_York' }),
    s('exportRows', 'admin, first 1,000 rows', admin, {}),
    s('exportRows', 'admin, 1,000 rows at offset 200,000', admin, { offset: 200_000 }),
    s('exportRows', 'manager, 90 days', manager, { ...last90, limit: 5_000 }),
  ];
}
