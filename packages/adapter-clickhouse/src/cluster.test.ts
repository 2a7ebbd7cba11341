import { AdapterError, createClient, isLearnlensError, isTransientError, type LearnlensClient, type QueryName, type Viewer } from '@learnlens/data-client';
import { createMockAdapter, tableRows, type MockDataset } from '@learnlens/mock';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startClickHouseCluster, type ClickHouseCluster } from '../../../testing/clickhouseCluster.js';
import { CONFORMANCE_NOW, conformanceDataset, describeConformance, differences, EMPTY_ORG } from '../../../testing/conformance.js';
import { createClickHouseAdapter, type ClickHouseAdapter } from './createClickHouseAdapter.js';
import { loadDataset } from './load.js';
import { createClusterSchema } from './schema.js';

// A real cluster on loopback: ZooKeeper and four servers, 2 shards × 2 replicas, laid out as
// docs/adapter-clickhouse.md tells a host to (createClusterSchema: ReplicatedMergeTree everywhere, `ON CLUSTER` DDL,
// Distributed fact tables, dimension tables complete on every node). Events are sharded by their own id and the other
// facts by learner, so no join can lean on related rows sharing a shard. One cluster serves the whole file: the
// conformance suite first, then the faults. Queries go to the first node (shard 1, replica 1).

// Every statement here crosses to a second shard, and four servers share the cores: more room than the default
// minute per test when the machine is busy (on two idle cores the file takes a minute or two).
vi.setConfig({ testTimeout: 240_000, hookTimeout: 240_000 });

interface Ready {
  cluster: ClickHouseCluster;
  adapter: ClickHouseAdapter;
}

let ready: Promise<Ready> | undefined;

function clusterWith(dataset: MockDataset): Promise<Ready> {
  ready ??= (async () => {
    const cluster = await startClickHouseCluster();
    try {
      const tables = await createClusterSchema({ url: cluster.url }, { cluster: cluster.name, shardingKeys: { events: 'cityHash64(event_id)' } });
      const adapter = createClickHouseAdapter({ url: cluster.url, tables });
      await loadDataset(adapter, (table) => tableRows(dataset, table));
      await cluster.syncReplicas();
      return { cluster, adapter };
    } catch (error) {
      await cluster.stop();
      throw error;
    }
  })();
  return ready;
}

afterAll(async () => {
  const started = await ready?.catch(() => undefined);
  await started?.cluster.stop();
});

describeConformance('clickhouse (2 shards × 2 replicas)', async (dataset) => {
  const { adapter } = await clusterWith(dataset);
  // The cluster outlives the suite: the fault tests below reuse it.
  return { adapter, close: async () => undefined };
});

describe('a cluster losing and regaining servers', () => {
  const dataset = conformanceDataset();
  const reference = createClient({ adapter: createMockAdapter({ dataset }) });
  let cluster: ClickHouseCluster;
  let adapter: ClickHouseAdapter;
  let client: LearnlensClient;
  const admins = dataset.users.filter((u) => u.role === 'admin' && u.org_id !== EMPTY_ORG);
  const requests: Array<{ name: QueryName; params: Record<string, unknown>; viewer: Viewer }> = admins.flatMap((u) => {
    const viewer: Viewer = { userId: u.user_id, role: 'admin', orgId: u.org_id };
    return [
      { name: 'orgOverview' as const, params: { now: CONFORMANCE_NOW }, viewer },
      { name: 'leaderboard' as const, params: { now: CONFORMANCE_NOW, period: 'month', timezone: 'Europe/Berlin' }, viewer },
      { name: 'eventFrequency' as const, params: { now: CONFORMANCE_NOW, eventType: 'filler_word', bucket: 'week' }, viewer },
    ];
  });

  beforeAll(async () => {
    const started = await clusterWith(dataset);
    ({ cluster, adapter } = started);
    client = createClient({ adapter });
  });

  /**
   * Runs every request once; returns how each answer differs from the mock engine's (empty when all agree). With
   * `retryOnce`, a request that fails with a transient error is sent again once, as the React hooks would: a read
   * that was streaming from a replica at the moment it died fails that way.
   */
  async function roundOfQueries(retryOnce = false): Promise<string[]> {
    const problems: string[] = [];
    for (const r of requests) {
      const ask = () => client.query(r.name, r.params as never, { viewer: r.viewer });
      const answer = ask().catch((error: unknown) => (retryOnce && isTransientError(error) ? ask() : Promise.reject(error)));
      const [expected, actual] = await Promise.all([reference.query(r.name, r.params as never, { viewer: r.viewer }), answer]);
      for (const d of differences(actual, expected).slice(0, 3)) problems.push(`${r.name} ${r.viewer.orgId}: ${d}`);
    }
    return problems;
  }

  it('should keep answering whole from the other replica while one replica of a shard is down', async () => {
    expect(await roundOfQueries()).toEqual([]);
    for (const down of [cluster.node(2, 1), cluster.node(2, 2)]) {
      // Mid-run: queries are in flight while the replica dies.
      const during = roundOfQueries(true);
      await down.stop();
      const [inFlight, after] = [await during, await roundOfQueries()];
      await down.start();
      expect(inFlight, `while ${down.name} stopped`).toEqual([]);
      expect(after, `with ${down.name} down`).toEqual([]);
    }
  });

  it('should fail with a transient AdapterError, never a partial answer, while a whole shard is down, and answer once it is back', async () => {
    const viewer = requests[0]!.viewer;
    const expected = await reference.query('orgOverview', { now: CONFORMANCE_NOW }, { viewer });
    const audited = (await adapter.auditLog()).length;
    await Promise.all([cluster.node(2, 1).stop(), cluster.node(2, 2).stop()]);
    try {
      // The servers' profile skips unreachable shards: a client that does not insist gets a partial count.
      const response = await fetch(`${cluster.url}/`, { method: 'POST', body: 'SELECT count() FROM attempts_all' });
      expect(Number((await response.text()).trim())).toBeLessThan(dataset.attempts.length);

      for (const name of ['orgOverview', 'leaderboard', 'recentAttempts'] as const) {
        const error = await client.query(name, { now: CONFORMANCE_NOW } as never, { viewer }).then(
          () => null,
          (e: unknown) => e,
        );
        expect(error, name).toBeInstanceOf(AdapterError);
        expect(isLearnlensError(error, 'ADAPTER')).toBe(true);
        expect((error as AdapterError).transient, name).toBe(true);
        expect((error as Error).message, name).toMatch(/shard or replica could not be reached/);
      }
      const exported = await client.export({ format: 'csv', params: { now: CONFORMANCE_NOW }, viewer }).then(
        () => null,
        (e: unknown) => e,
      );
      expect(exported).toMatchObject({ code: 'ADAPTER', transient: true });
      // The export failed while reading: nothing was exported, so nothing was audited.
      expect((await adapter.auditLog()).length).toBe(audited);
    } finally {
      await Promise.all([cluster.node(2, 1).start(), cluster.node(2, 2).start()]);
    }
    expect(differences(await client.query('orgOverview', { now: CONFORMANCE_NOW }, { viewer }), expected)).toEqual([]);
    expect(await roundOfQueries()).toEqual([]);
  });

  it('should refuse a setting that would let a lost shard go unnoticed', () => {
    expect(() => createClickHouseAdapter({ url: cluster.url, settings: { skip_unavailable_shards: 1 } })).toThrow(/skip_unavailable_shards must stay 0/);
    expect(() => createClickHouseAdapter({ url: cluster.url, settings: { skip_unavailable_shards: true } })).toThrow(TypeError);
    expect(() => createClickHouseAdapter({ url: cluster.url, settings: { skip_unavailable_shards: 0 } })).not.toThrow();
  });
});
