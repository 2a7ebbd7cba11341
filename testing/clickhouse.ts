// A throwaway ClickHouse server for tests: a minimal config in a temporary
// directory (data, logs and config together), HTTP and native ports on free
// loopback ports, the packaged users.xml (user `default`, no password).
//
//   const ch = await startClickHouse();          // in beforeAll
//   await fetch(`${ch.url}/?query=SELECT%201`);
//   ...
//   await ch.stop();                             // in afterAll
//
// Needs the server binary (Debian packages `clickhouse-server` and `clickhouse-client`). Debian's 18.16 build runs
// as root without complaint and writes only into the temporary directory, so no user switch is needed; the package's
// own service and its /var/lib/clickhouse are never touched.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A running throwaway server. */
export interface ClickHouseServer {
  /** Always "127.0.0.1". */
  host: string;
  /** The HTTP interface's port. */
  httpPort: number;
  /** The native protocol's port (clickhouse-client, Distributed tables). */
  tcpPort: number;
  /** `http://127.0.0.1:PORT`: what `createClickHouseAdapter({ url })` takes. */
  url: string;
  /** The temporary directory holding the config, the data and the logs (removed by `stop`). */
  dir: string;
  /** Stops the server and removes its directory; calling it again does nothing. */
  stop(): Promise<void>;
}

/** Options of `startClickHouse`. */
export interface StartClickHouseOptions {
  /** The server binary; default: clickhouse-server (or the single `clickhouse` binary) on the PATH or in /usr/(s)bin. */
  binary?: string;
  /** The users file; default: the packaged /etc/clickhouse-server/users.xml, else a minimal one (user `default`). */
  usersConfig?: string;
}

const SEARCH_DIRS = ['/usr/sbin', '/usr/bin', '/usr/local/bin', '/usr/local/sbin'];
const PACKAGED_USERS = '/etc/clickhouse-server/users.xml';
const INSTALL_HINT =
  'install the Debian packages "clickhouse-server" and "clickhouse-client" (apt-get install -y clickhouse-server clickhouse-client)';

/** The command that runs a ClickHouse server (`clickhouse-server`, or `clickhouse server`), or null. */
export function findClickHouseServer(): { command: string; args: string[] } | null {
  const dirs = [...(process.env.PATH ?? '').split(':').filter(Boolean), ...SEARCH_DIRS];
  for (const dir of dirs) {
    if (existsSync(join(dir, 'clickhouse-server'))) return { command: join(dir, 'clickhouse-server'), args: [] };
  }
  for (const dir of dirs) {
    if (existsSync(join(dir, 'clickhouse'))) return { command: join(dir, 'clickhouse'), args: ['server'] };
  }
  return null;
}

/** A port on 127.0.0.1 that was free a moment ago. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** `value` escaped for XML text. */
export function xmlText(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const MINIMAL_USERS = `<?xml version="1.0"?>
<yandex>
  <profiles><default></default></profiles>
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

/** What one server's config.xml holds besides the fixed parts. */
export interface ServerConfigParts {
  httpPort: number;
  tcpPort: number;
  usersConfig: string;
  /** Extra top-level elements (remote_servers, zookeeper, macros…), already XML. */
  extra?: string;
}

/** The config.xml of one server keeping data, logs and temporary files under `dir`. */
export function serverConfigXml(dir: string, parts: ServerConfigParts): string {
  // `<yandex>` is the root element 18.16 requires; later releases still accept it. The caches are kept small
  // (64 MiB each, against gigabytes by default) so several servers fit beside the other tests.
  return `<?xml version="1.0"?>
<yandex>
  <logger>
    <level>warning</level>
    <log>${xmlText(join(dir, 'server.log'))}</log>
    <errorlog>${xmlText(join(dir, 'error.log'))}</errorlog>
    <console>0</console>
  </logger>
  <http_port>${parts.httpPort}</http_port>
  <tcp_port>${parts.tcpPort}</tcp_port>
  <listen_host>127.0.0.1</listen_host>
  <path>${xmlText(join(dir, 'data'))}/</path>
  <tmp_path>${xmlText(join(dir, 'tmp'))}/</tmp_path>
  <user_files_path>${xmlText(join(dir, 'user_files'))}/</user_files_path>
  <format_schema_path>${xmlText(join(dir, 'format_schemas'))}/</format_schema_path>
  <users_config>${xmlText(parts.usersConfig)}</users_config>
  <default_profile>default</default_profile>
  <default_database>default</default_database>
  <timezone>UTC</timezone>
  <keep_alive_timeout>30</keep_alive_timeout>
  <display_name>${xmlText(dir)}</display_name>
  <mark_cache_size>67108864</mark_cache_size>
  <uncompressed_cache_size>67108864</uncompressed_cache_size>
  ${parts.extra ?? ''}
</yandex>
`;
}

/** Creates the directories a server config of `serverConfigXml` points into. */
export function makeServerDirs(dir: string): void {
  for (const sub of ['data', 'tmp', 'user_files', 'format_schemas']) mkdirSync(join(dir, sub), { recursive: true });
}

/** The last lines of a server's error log (or log, or stderr) in `dir`. */
export function logTail(dir: string): string {
  for (const file of ['error.log', 'server.log', 'stderr.log']) {
    try {
      const text = readFileSync(join(dir, file), 'utf8').trim();
      if (text) return text.split('\n').slice(-20).join('\n');
    } catch {
      // Not written yet.
    }
  }
  return '(no server log)';
}

/**
 * True when the server at `url` answers `SELECT 1` over HTTP within a second and, given `dir`, is the server whose
 * config lives there (its display name, sent in a response header): another process's server may hold the port.
 */
export async function answers(url: string, dir?: string): Promise<boolean> {
  try {
    const response = await fetch(`${url}/?query=SELECT%201`, { signal: AbortSignal.timeout(1_000) });
    if (dir !== undefined && response.headers.get('x-clickhouse-server-display-name') !== dir) {
      await response.body?.cancel();
      return false;
    }
    return response.ok && (await response.text()).trim() === '1';
  } catch {
    return false;
  }
}

/** Asks `child` to stop (SIGTERM), kills it if it is still running after `graceMs`, and waits for it to exit. */
export async function stopChild(child: ChildProcess, graceMs: number): Promise<void> {
  child.kill('SIGTERM');
  if (!(await waitForExit(child, graceMs))) {
    child.kill('SIGKILL');
    await waitForExit(child, 5_000);
  }
}

/** Resolves true once `child` has exited, or false after `ms`. */
export function waitForExit(child: ChildProcess, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

/**
 * Writes `config` as DIR/config.xml, starts one server process on it and waits for its HTTP interface at `url`;
 * rejects (after killing it) if it exits or does not answer within `waitMs`.
 */
export async function spawnClickHouse(
  server: { command: string; args: string[] },
  dir: string,
  config: string,
  url: string,
  waitMs = 30_000,
): Promise<ChildProcess> {
  const file = join(dir, 'config.xml');
  writeFileSync(file, config);
  const stderr = join(dir, 'stderr.log');
  const child = spawn(server.command, [...server.args, `--config-file=${file}`], { stdio: ['ignore', 'ignore', 'pipe'] });
  child.stderr?.on('data', (chunk: Buffer) => {
    try {
      writeFileSync(stderr, chunk, { flag: 'a' });
    } catch {
      // The directory is gone after stop().
    }
  });
  const deadline = Date.now() + waitMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) break;
    if (await answers(url, dir)) return child;
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGKILL');
  await waitForExit(child, 5_000);
  throw new Error(`ClickHouse did not answer on ${url} within ${waitMs / 1000} s\nserver log:\n${logTail(dir)}`);
}

/** The server command to run: `binary` when given, else the one found on the system; throws naming the packages. */
export function clickHouseCommand(binary?: string): { command: string; args: string[] } {
  const server = binary ? { command: binary, args: [] } : findClickHouseServer();
  if (server === null || !existsSync(server.command)) {
    throw new Error(`The ClickHouse server binary (clickhouse-server or clickhouse) was not found: ${INSTALL_HINT}`);
  }
  return server;
}

/**
 * Writes a minimal config into a new temporary directory and starts the server on free loopback ports, waiting
 * until `SELECT 1` answers over HTTP. Throws, naming the Debian packages to install, when the server binary is missing.
 */
export async function startClickHouse(options: StartClickHouseOptions = {}): Promise<ClickHouseServer> {
  const server = clickHouseCommand(options.binary);
  const dir = mkdtempSync(join(tmpdir(), 'learnlens-ch-'));
  makeServerDirs(dir);
  let usersConfig = options.usersConfig ?? PACKAGED_USERS;
  if (!existsSync(usersConfig)) {
    usersConfig = join(dir, 'users.xml');
    writeFileSync(usersConfig, MINIMAL_USERS);
  }

  let child: ChildProcess | null = null;
  // Safety net for a test run that dies before its afterAll: no server outlives the process.
  const onExit = () => {
    child?.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  };
  process.once('exit', onExit);

  try {
    let httpPort = 0;
    let tcpPort = 0;
    // Another process may grab a port between our probe and the server's bind: retry with new ones.
    for (let attempt = 1; ; attempt++) {
      httpPort = await freePort();
      tcpPort = await freePort();
      try {
        const config = serverConfigXml(dir, { httpPort, tcpPort, usersConfig });
        child = await spawnClickHouse(server, dir, config, `http://127.0.0.1:${httpPort}`);
        break;
      } catch (error) {
        if (attempt >= 3) throw error;
      }
    }
    const running = child;
    let stopped = false;
    // A server that dies on its own says so at once, with its log, before stop() removes the directory.
    running.once('exit', (code, signal) => {
      if (!stopped) console.error(`[clickhouse] the server on port ${httpPort} exited by itself (code ${code}, signal ${signal})\n${logTail(dir)}`);
    });
    return {
      host: '127.0.0.1',
      httpPort,
      tcpPort,
      url: `http://127.0.0.1:${httpPort}`,
      dir,
      async stop() {
        if (stopped) return;
        stopped = true;
        process.off('exit', onExit);
        // A graceful shutdown waits for kept-alive HTTP connections to close; the data is thrown away anyway.
        await stopChild(running, 1_000);
        rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    process.off('exit', onExit);
    onExit();
    throw error;
  }
}
