import { createClient, queryNames, type LearnlensClient, type QueryName, type TableName, type Viewer } from '@learnlens/data-client';
import { createMockAdapter, createMockDataset, tableRows } from '@learnlens/mock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startClickHouse, type ClickHouseServer } from '../../../testing/clickhouse.js';
import { connectClickHouse } from './connection.js';
import { createClickHouseAdapter } from './createClickHouseAdapter.js';
import { insertRows } from './load.js';
import { createCanonicalSchema } from './schema.js';
import { differences } from './test-fixtures/compare.js';

// The layout docs/adapter-clickhouse.md recommends for a cluster, on one server: two shards (databases of this server
// reached through its native port), the dimension tables copied to every node, the fact tables split across the
// shards and read through Distributed tables. Attempts and events are split by different keys, so no join can lean
// on co-location. Every catalog query must still equal the mock engine over the whole dataset.

const dataset = createMockDataset({ seed: 7, orgs: 3, learnersPerOrg: 14, teamSize: 7, days: 90 });
const NOW = '2026-10-29T15:30:00.000Z';
const SHARDS = ['shard_a', 'shard_b'];
const FACTS = ['attempts', 'sessions', 'events', 'mastery_deltas'] as const;
const DIMENSIONS = ['orgs', 'teams', 'users', 'activities', 'assignments', 'assignment_assignees'] as const;

let server: ClickHouseServer;
let distributed: LearnlensClient;
const mock = createClient({ adapter: createMockAdapter({ dataset }) });

beforeAll(async () => {
  server = await startClickHouse({ cluster: { name: 'learnlens_shards', shardDatabases: SHARDS } });
  const db = connectClickHouse({ url: server.url });
  for (const shard of SHARDS) {
    await db.command(`CREATE DATABASE ${shard}`);
    await createCanonicalSchema({ url: server.url, database: shard });
  }
  await createCanonicalSchema({ url: server.url }, { only: [...DIMENSIONS, 'audit_log'] });
  for (const table of FACTS) {
    await db.command(`CREATE TABLE ${table}_all AS ${SHARDS[0]}.${table} ENGINE = Distributed(learnlens_shards, '', ${table})`);
  }
  for (const table of DIMENSIONS) {
    const rows = [...tableRows(dataset, table)];
    for (const database of ['default', ...SHARDS]) await insertRows({ url: server.url, database }, table, rows);
  }
  // Attempts by position, events by thirds, sessions and mastery by position again: deliberately not co-located.
  const split = (table: TableName, i: number) => (table === 'events' ? (i % 3 === 0 ? 0 : 1) : i % 2);
  for (const table of FACTS) {
    const rows = [...tableRows(dataset, table)];
    for (const [s, shard] of SHARDS.entries()) {
      await insertRows({ url: server.url, database: shard }, table, rows.filter((_, i) => split(table, i) === s));
    }
  }
  const adapter = createClickHouseAdapter({
    url: server.url,
    tables: { attempts: 'attempts_all', sessions: 'sessions_all', events: 'events_all', mastery_deltas: 'mastery_deltas_all' },
  });
  distributed = createClient({ adapter });
});
afterAll(() => server?.stop());

const usersOf = (orgId: string, role: string) => dataset.users.filter((u) => u.org_id === orgId && u.role === role);

function viewers(): Array<{ viewer: Viewer; teamId: string; userIds: string[]; person: string }> {
  const [o1, o2, o3] = dataset.orgs.map((o) => o.org_id) as [string, string, string];
  const team2 = dataset.teams.find((t) => t.org_id === o2)!;
  const mates = usersOf(o2, 'learner').filter((u) => u.team_id === team2.team_id);
  const learner = usersOf(o3, 'learner').find((u) => u.team_id !== null)!;
  return [
    { viewer: { userId: usersOf(o1, 'admin')[0]!.user_id, role: 'admin', orgId: o1 }, teamId: dataset.teams.find((t) => t.org_id === o1)!.team_id, userIds: usersOf(o1, 'learner').slice(0, 3).map((u) => u.user_id), person: usersOf(o1, 'learner')[2]!.user_id },
    { viewer: { userId: team2.manager_id, role: 'manager', orgId: o2 }, teamId: team2.team_id, userIds: [mates[0]!.user_id], person: mates[1]!.user_id },
    { viewer: { userId: learner.user_id, role: 'learner', orgId: o3 }, teamId: learner.team_id!, userIds: [learner.user_id], person: learner.user_id },
  ];
}

function paramSets(name: QueryName, v: ReturnType<typeof viewers>[number]): Array<Record<string, unknown>> {
  const activities = dataset.activities.filter((a) => a.org_id === v.viewer.orgId).map((a) => a.activity_id);
  const common = [
    { now: NOW },
    { now: NOW, timezone: 'America/Santiago', from: '2026-08-20', to: '2026-10-10', teamId: v.teamId },
    { now: NOW, timezone: 'Europe/Berlin', userIds: v.userIds, activityIds: [activities[0]!, activities[2]!, "x' OR '1'='1"] },
  ];
  switch (name) {
    case 'leaderboard':
      return [{ now: NOW, period: 'week', timezone: 'Australia/Lord_Howe' }, { now: NOW, period: 'month', sort: '-avgTalkPercentage', limit: 4, offset: 1 }, { now: NOW, period: 'range', from: '2026-09-01', to: '2026-10-01', teamId: v.teamId }];
    case 'activityHeatmap':
      return common.map((p, i) => ({ ...p, grid: i % 2 === 0 ? 'weekdayHour' : 'calendar' }));
    case 'scoreTrend':
    case 'masteryTrend':
      return common.map((p, i) => ({ ...p, bucket: (['day', 'week', 'month'] as const)[i] }));
    case 'eventFrequency':
      return common.map((p, i) => ({ ...p, eventType: ['filler_word', 'lesson_complete', 'question_asked'][i], bucket: (['week', 'day', 'month'] as const)[i] }));
    case 'personalStats':
      return common.filter((p) => !('userIds' in p)).map((p) => ({ ...p, userId: v.person, bucket: 'week' }));
    case 'activityInsights':
      return common.map((p, i) => ({ ...p, sort: ['medianScore', '-scoreStddev', 'lastAttemptedAt'][i], limit: i === 1 ? 3 : undefined }));
    case 'recentAttempts':
    case 'exportRows':
      return common.map((p, i) => ({ ...p, limit: [50, 20, 500][i], offset: [0, 10, 0][i] }));
    default:
      return common;
  }
}

describe('queries over Distributed tables on two shards', () => {
  it('should really spread the fact tables over both shards', async () => {
    const db = connectClickHouse({ url: server.url });
    const [row] = await db.select(
      `SELECT (SELECT count() FROM shard_a.attempts) AS a, (SELECT count() FROM shard_b.attempts) AS b, (SELECT count() FROM attempts_all) AS total`,
    );
    expect(Number(row!.a)).toBeGreaterThan(0);
    expect(Number(row!.b)).toBeGreaterThan(0);
    expect(Number(row!.total)).toBe(dataset.attempts.length);
  });

  it.each(queryNames)('should answer %s exactly as the mock engine does', async (name) => {
    const problems: string[] = [];
    let answered = 0;
    for (const v of viewers()) {
      for (const params of paramSets(name, v)) {
        const [expected, actual] = await Promise.all([mock.query(name, params as never, { viewer: v.viewer }), distributed.query(name, params as never, { viewer: v.viewer })]);
        answered++;
        const found = differences(actual, expected);
        if (found.length > 0) problems.push(`${v.viewer.userId} ${JSON.stringify(params)}:\n  ${found.slice(0, 5).join('\n  ')}`);
      }
    }
    expect(problems.join('\n')).toBe('');
    expect(answered).toBeGreaterThanOrEqual(6);
  });
});
