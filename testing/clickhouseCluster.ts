// A throwaway ClickHouse cluster for tests: one ZooKeeper and SHARDS × REPLICAS `clickhouse-server` processes on
// loopback, each with its own ports and temporary directory, configured as a production cluster is: one
// `<remote_servers>` entry naming every replica (internal replication), `<macros>` with the node's shard and
// replica, the ZooKeeper that replication and `ON CLUSTER` DDL go through, and an interserver port for fetching
// parts between replicas.
//
//   const cluster = await startClickHouseCluster();        // in beforeAll: 2 shards × 2 replicas, started in parallel
//   createClickHouseAdapter({ url: cluster.url, ... });    // the first node takes the queries
//   await cluster.node(2, 1).stop();  await cluster.node(2, 1).start();   // faults
//   await cluster.stop();                                  // in afterAll
//
// Needs Debian's `clickhouse-server`, `zookeeper` and a Java runtime. The users file is the tests' own: user
// `default` without a password, whose profile sets `skip_unavailable_shards = 1`, so a client that does not insist
// on whole answers gets a partial one when a shard is down (the adapter must, and the cluster tests check it does).
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { clickHouseCommand, freePort, logTail, makeServerDirs, serverConfigXml, spawnClickHouse, waitForExit, xmlText } from './clickhouse.js';
import { startZooKeeper, type ZooKeeperServer } from './zookeeper.js';

/** One server of the cluster. */
export interface ClusterNode {
  /** 1-based shard number (the `{shard}` macro is this number, two digits). */
  shard: number;
  /** 1-based replica number within the shard. */
  replica: number;
  /** "s1r1", "s1r2", …: the `{replica}` macro, unique in the cluster. */
  name: string;
  httpPort: number;
  tcpPort: number;
  /** `http://127.0.0.1:PORT`. */
  url: string;
  /** True while the process runs. */
  readonly running: boolean;
  /** Stops the process (SIGKILL, as a crash would: no goodbye to ZooKeeper or the other nodes); keeps its data. */
  stop(): Promise<void>;
  /** Starts it again on the same ports and data; resolves once it answers HTTP. */
  start(): Promise<void>;
}

/** A running throwaway cluster. */
export interface ClickHouseCluster {
  /** The cluster's name in `<remote_servers>` (what `ON CLUSTER` and `Distributed(...)` take). */
  name: string;
  /** Every node, shard by shard. */
  nodes: ClusterNode[];
  /** The first node's URL. */
  url: string;
  zookeeper: ZooKeeperServer;
  /** The node of `shard` and `replica` (1-based). */
  node(shard: number, replica: number): ClusterNode;
  /**
   * Waits until every running node has fetched what its replicated tables' other replicas wrote (`SYSTEM SYNC
   * REPLICA`), so reads answer the same from any replica.
   */
  syncReplicas(): Promise<void>;
  /** Stops every node and ZooKeeper and removes their directories; calling it again does nothing. */
  stop(): Promise<void>;
}

/** Options of `startClickHouseCluster`. */
export interface StartClickHouseClusterOptions {
  /** Default "learnlens". */
  name?: string;
  /** Default 2. */
  shards?: number;
  /** Replicas per shard; default 2. */
  replicas?: number;
  /** The server binary (default: found as `startClickHouse` finds it). */
  binary?: string;
}

// skip_unavailable_shards = 1 stands for a host's profile that would hide a lost shard; the adapter overrides it.
const USERS_XML = `<?xml version="1.0"?>
<yandex>
  <profiles>
    <default>
      <max_memory_usage>2000000000</max_memory_usage>
      <load_balancing>random</load_balancing>
      <skip_unavailable_shards>1</skip_unavailable_shards>
    </default>
  </profiles>
  <users>
    <default>
      <password></password>
      <networks><ip>127.0.0.1</ip><ip>::1</ip></networks>
      <profile>default</profile>
      <quota>default</quota>
    </default>
  </users>
  <quotas><default></default></quotas>
</yandex>
`;

interface Ports {
  http: number;
  tcp: number;
  interserver: number;
}

function clusterXml(name: string, ports: Ports[][], zookeeperPort: number, shard: number, replica: number, self: Ports): string {
  const shards = ports
    .map(
      (replicas) =>
        `<shard><internal_replication>true</internal_replication>${replicas
          .map((p) => `<replica><host>127.0.0.1</host><port>${p.tcp}</port></replica>`)
          .join('')}</shard>`,
    )
    .join('\n      ');
  // A short ZooKeeper session: a crashed replica's `is_active` node goes within seconds, so it can come back soon.
  return `<remote_servers>
    <${xmlText(name)}>
      ${shards}
    </${xmlText(name)}>
  </remote_servers>
  <zookeeper>
    <node><host>127.0.0.1</host><port>${zookeeperPort}</port></node>
    <session_timeout_ms>3000</session_timeout_ms>
  </zookeeper>
  <macros>
    <shard>${String(shard).padStart(2, '0')}</shard>
    <replica>s${shard}r${replica}</replica>
  </macros>
  <distributed_ddl><path>/clickhouse/task_queue/ddl</path></distributed_ddl>
  <interserver_http_port>${self.interserver}</interserver_http_port>
  <interserver_http_host>127.0.0.1</interserver_http_host>`;
}

async function statement(url: string, sql: string): Promise<string> {
  const response = await fetch(`${url}/`, { method: 'POST', body: sql, signal: AbortSignal.timeout(120_000) });
  const text = await response.text();
  if (!response.ok) throw new Error(`${sql} failed on ${url}: ${text.slice(0, 500)}`);
  return text;
}

/**
 * Starts ZooKeeper, then every ClickHouse node in parallel, and resolves once each answers `SELECT 1`. Any failure
 * stops whatever had started.
 */
export async function startClickHouseCluster(options: StartClickHouseClusterOptions = {}): Promise<ClickHouseCluster> {
  const name = options.name ?? 'learnlens';
  const shardCount = options.shards ?? 2;
  const replicaCount = options.replicas ?? 2;
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new TypeError(`Not a cluster name: ${JSON.stringify(name)}`);
  const command = clickHouseCommand(options.binary);
  const root = mkdtempSync(join(tmpdir(), 'learnlens-chc-'));
  const usersConfig = join(root, 'users.xml');
  writeFileSync(usersConfig, USERS_XML);

  const children = new Set<ChildProcess>();
  let zookeeper: ZooKeeperServer | null = null;
  const onExit = () => {
    for (const child of children) child.kill('SIGKILL');
    rmSync(root, { recursive: true, force: true });
  };
  process.once('exit', onExit);

  try {
    zookeeper = await startZooKeeper();
    const zkPort = zookeeper.port;
    // Another process may take one of the probed ports before a node binds it (tests start servers in parallel):
    // a node that cannot start makes the whole set start again on new ports.
    const startNodes = async (attempt: number): Promise<ClusterNode[]> => {
      // Distinct ports for every node are taken before any node starts: each node's config names all of them.
      const ports: Ports[][] = [];
      const taken = new Set<number>();
      const fresh = async () => {
        for (;;) {
          const port = await freePort();
          if (!taken.has(port)) {
            taken.add(port);
            return port;
          }
        }
      };
      for (let s = 0; s < shardCount; s++) {
        const row: Ports[] = [];
        for (let r = 0; r < replicaCount; r++) row.push({ http: await fresh(), tcp: await fresh(), interserver: await fresh() });
        ports.push(row);
      }

      const makeNode = (shard: number, replica: number): ClusterNode => {
        const self = ports[shard - 1]![replica - 1]!;
        const dir = join(root, `try${attempt}`, `s${shard}r${replica}`);
        makeServerDirs(dir);
        const url = `http://127.0.0.1:${self.http}`;
        const config = serverConfigXml(dir, {
          httpPort: self.http,
          tcpPort: self.tcp,
          usersConfig,
          extra: clusterXml(name, ports, zkPort, shard, replica, self),
        });
        let child: ChildProcess | null = null;
        return {
          shard,
          replica,
          name: `s${shard}r${replica}`,
          httpPort: self.http,
          tcpPort: self.tcp,
          url,
          get running() {
            return child !== null;
          },
          async start() {
            if (child) return;
            const started = await spawnClickHouse(command, dir, config, url, 60_000);
            child = started;
            children.add(started);
            // A node that dies on its own (not through stop()) says so at once, with its log, before its directory goes.
            started.once('exit', (code, signal) => {
              if (child !== started) return;
              child = null;
              children.delete(started);
              console.error(`[clickhouse cluster] node s${shard}r${replica} exited by itself (code ${code}, signal ${signal})\n${logTail(dir)}`);
            });
          },
          async stop() {
            const running = child;
            if (!running) return;
            child = null;
            running.kill('SIGKILL');
            await waitForExit(running, 5_000);
            children.delete(running);
          },
        };
      };
      const all: ClusterNode[] = [];
      for (let s = 1; s <= shardCount; s++) for (let r = 1; r <= replicaCount; r++) all.push(makeNode(s, r));
      const started = await Promise.allSettled(all.map((n) => n.start()));
      const failed = started.find((r): r is PromiseRejectedResult => r.status === 'rejected');
      if (failed) {
        await Promise.all(all.map((n) => n.stop()));
        throw failed.reason;
      }
      return all;
    };
    let nodes: ClusterNode[] = [];
    for (let attempt = 1; ; attempt++) {
      try {
        nodes = await startNodes(attempt);
        break;
      } catch (error) {
        if (attempt >= 3) throw error;
      }
    }

    const zk = zookeeper;
    let stopped = false;
    return {
      name,
      nodes,
      url: nodes[0]!.url,
      zookeeper: zk,
      node(shard, replica) {
        const found = nodes.find((n) => n.shard === shard && n.replica === replica);
        if (!found) throw new RangeError(`The cluster has no node for shard ${shard}, replica ${replica}`);
        return found;
      },
      async syncReplicas() {
        await Promise.all(
          nodes
            .filter((n) => n.running)
            .map(async (n) => {
              const tables = (await statement(n.url, 'SELECT database, table FROM system.replicas FORMAT TSV')).split('\n').filter(Boolean);
              for (const line of tables) {
                const [database, table] = line.split('\t') as [string, string];
                await statement(n.url, `SYSTEM SYNC REPLICA \`${database}\`.\`${table}\``);
              }
            }),
        );
      },
      async stop() {
        if (stopped) return;
        stopped = true;
        process.off('exit', onExit);
        await Promise.all(nodes.map((n) => n.stop()));
        await zk.stop();
        rmSync(root, { recursive: true, force: true });
      },
    };
  } catch (error) {
    process.off('exit', onExit);
    onExit();
    await zookeeper?.stop();
    throw error;
  }
}
