// A throwaway ZooKeeper for tests (what a ClickHouse cluster keeps its replication log and distributed DDL queue
// in): one standalone server on a free loopback port, data in a temporary directory, no fsync.
//
//   const zk = await startZooKeeper();           // in beforeAll
//   ... <zookeeper><node><host>127.0.0.1</host><port>${zk.port}</port></node></zookeeper>
//   await zk.stop();                              // in afterAll
//
// Needs Debian's `zookeeper` package (its jars in /usr/share/java) and a Java runtime (`default-jre-headless`).
// The JVM is started directly on the jars, so the package's service, /etc/zookeeper and /var/lib/zookeeper are
// never touched.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, stopChild, waitForExit } from './clickhouse.js';

/** A running throwaway ZooKeeper. */
export interface ZooKeeperServer {
  /** Always "127.0.0.1". */
  host: string;
  /** The client port. */
  port: number;
  /** The temporary directory holding the config, the data and the log (removed by `stop`). */
  dir: string;
  /** Stops the server and removes its directory; calling it again does nothing. */
  stop(): Promise<void>;
}

/** Options of `startZooKeeper`. */
export interface StartZooKeeperOptions {
  /** The java binary; default: `java` on the PATH, else /usr/bin/java. */
  java?: string;
  /** The server jar; its manifest names the other jars (default: Debian's /usr/share/java/zookeeper.jar). */
  jar?: string;
}

const DEBIAN_JAR = '/usr/share/java/zookeeper.jar';
// Without a binding SLF4J logs nothing; the NOP binding also silences the warning about a missing one.
const NOP_LOGGER = '/usr/share/java/slf4j-nop.jar';
const INSTALL_HINT = 'install the Debian packages "zookeeper" and "default-jre-headless" (apt-get install -y zookeeper default-jre-headless)';

function findJava(): string | null {
  for (const dir of [...(process.env.PATH ?? '').split(':').filter(Boolean), '/usr/bin']) {
    if (existsSync(join(dir, 'java'))) return join(dir, 'java');
  }
  return null;
}

/** True when a Java runtime and Debian's ZooKeeper jars are installed. */
export function zooKeeperInstalled(): boolean {
  return findJava() !== null && existsSync(DEBIAN_JAR);
}

/** Sends a four-letter command and resolves with the answer ("" when the server does not answer in time). */
export function fourLetterWord(port: number, word: string, timeoutMs = 1_000): Promise<string> {
  return new Promise((resolve) => {
    let text = '';
    const socket = connect({ host: '127.0.0.1', port });
    const done = () => {
      socket.destroy();
      resolve(text);
    };
    socket.setTimeout(timeoutMs, done);
    socket.on('connect', () => socket.write(word));
    socket.on('data', (chunk) => (text += chunk.toString('utf8')));
    socket.on('end', done);
    socket.on('error', done);
  });
}

/**
 * Writes a standalone config into a new temporary directory and starts ZooKeeper on a free loopback port, waiting
 * until it answers `ruok`. Throws, naming the Debian packages to install, when Java or the jars are missing.
 */
export async function startZooKeeper(options: StartZooKeeperOptions = {}): Promise<ZooKeeperServer> {
  const java = options.java ?? findJava();
  const jar = options.jar ?? DEBIAN_JAR;
  if (java === null || !existsSync(java) || !existsSync(jar)) throw new Error(`ZooKeeper or a Java runtime was not found: ${INSTALL_HINT}`);
  const dir = mkdtempSync(join(tmpdir(), 'learnlens-zk-'));
  mkdirSync(join(dir, 'data'));
  let child: ChildProcess | null = null;
  const onExit = () => {
    child?.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  };
  process.once('exit', onExit);
  try {
    for (let attempt = 1; ; attempt++) {
      const port = await freePort();
      // A short tick makes session expiry (2–20 ticks) quick, so a stopped ClickHouse replica's ephemeral nodes go soon.
      writeFileSync(
        join(dir, 'zoo.cfg'),
        [
          'tickTime=500',
          `dataDir=${join(dir, 'data')}`,
          `clientPort=${port}`,
          'clientPortAddress=127.0.0.1',
          'maxClientCnxns=0',
          'admin.enableServer=false',
          '4lw.commands.whitelist=ruok,srvr,conf',
          'forceSync=no',
          '',
        ].join('\n'),
      );
      const classpath = [jar, ...(existsSync(NOP_LOGGER) ? [NOP_LOGGER] : [])].join(':');
      // A small heap and the client compiler: a test ZooKeeper holds a few hundred nodes.
      const spawned = spawn(
        java,
        ['-Xmx128m', '-XX:+UseSerialGC', '-XX:TieredStopAtLevel=1', '-cp', classpath, 'org.apache.zookeeper.server.ZooKeeperServerMain', join(dir, 'zoo.cfg')],
        { stdio: ['ignore', 'ignore', 'pipe'] },
      );
      child = spawned;
      spawned.stderr?.on('data', (chunk: Buffer) => {
        try {
          writeFileSync(join(dir, 'stderr.log'), chunk, { flag: 'a' });
        } catch {
          // The directory is gone after stop().
        }
      });
      const deadline = Date.now() + 30_000;
      let ok = false;
      while (Date.now() < deadline && spawned.exitCode === null && spawned.signalCode === null) {
        // Another process's ZooKeeper may hold the port: ours is the one whose dataDir is in our directory.
        if ((await fourLetterWord(port, 'ruok', 500)) === 'imok' && (await fourLetterWord(port, 'conf', 500)).includes(join(dir, 'data'))) {
          ok = true;
          break;
        }
        await new Promise((r) => setTimeout(r, 100));
      }
      if (ok) {
        let stopped = false;
        return {
          host: '127.0.0.1',
          port,
          dir,
          async stop() {
            if (stopped) return;
            stopped = true;
            process.off('exit', onExit);
            await stopChild(spawned, 2_000);
            rmSync(dir, { recursive: true, force: true });
          },
        };
      }
      spawned.kill('SIGKILL');
      await waitForExit(spawned, 5_000);
      // Another process may have taken the port between the probe and the bind: try another one.
      if (attempt >= 3) {
        let log = '(no log)';
        try {
          log = readFileSync(join(dir, 'stderr.log'), 'utf8').split('\n').slice(-20).join('\n');
        } catch {
          // Nothing written.
        }
        throw new Error(`ZooKeeper did not answer on 127.0.0.1:${port} within 30 s\n${log}`);
      }
    }
  } catch (error) {
    process.off('exit', onExit);
    onExit();
    throw error;
  }
}
