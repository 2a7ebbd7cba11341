// A throwaway PostgreSQL server for tests: a fresh cluster in a temporary
// directory, listening on 127.0.0.1 only, trusted local auth, no fsync.
// It never touches the distribution's own cluster.
//
//   const pg = await startPostgres();           // in beforeAll
//   const client = new Client({ connectionString: pg.connectionString });
//   ...
//   await pg.stop();                             // in afterAll
//
// Needs the server binaries (Debian package `postgresql`). As root, the cluster
// is created and run as the `postgres` OS user, since PostgreSQL refuses to run as root.
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, chownSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A running throwaway server; connect with `connectionString` (user `postgres`, no password). */
export interface PostgresServer {
  /** Always "127.0.0.1". */
  host: string;
  port: number;
  user: string;
  database: string;
  /** `postgresql://postgres@127.0.0.1:PORT/postgres`. */
  connectionString: string;
  /** The temporary directory holding the cluster, its socket and its log (removed by `stop`). */
  dir: string;
  /** Stops the server (fast shutdown) and removes its directory; calling it again does nothing. */
  stop(): Promise<void>;
}

/** Options of `startPostgres`. */
export interface StartPostgresOptions {
  /** Directory holding initdb and pg_ctl; default: the newest /usr/lib/postgresql/<version>/bin. */
  binDir?: string;
  /** Extra server settings, passed as `-c name=value` (values without spaces); the defaults are listed in `startPostgres`. */
  settings?: Record<string, string | number>;
}

const DEBIAN_BASE = '/usr/lib/postgresql';

/** The newest /usr/lib/postgresql/<version>/bin that holds initdb and pg_ctl, or null. */
export function findPostgresBinDir(): string | null {
  if (!existsSync(DEBIAN_BASE)) return null;
  const versions = readdirSync(DEBIAN_BASE).sort((a, b) => Number(b) - Number(a));
  for (const v of versions) {
    const bin = join(DEBIAN_BASE, v, 'bin');
    if (existsSync(join(bin, 'initdb')) && existsSync(join(bin, 'pg_ctl'))) return bin;
  }
  return null;
}

function run(cmd: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(cmd, args, { encoding: 'utf8', timeout: 120_000 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`${cmd} ${args.join(' ')} failed: ${error.message}\n${stderr}`.trim()));
      else resolve(stdout);
    });
  });
}

function freePort(): Promise<number> {
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

function logTail(file: string): string {
  try {
    return readFileSync(file, 'utf8').split('\n').slice(-20).join('\n');
  } catch {
    return '(no server log)';
  }
}

/**
 * Creates a fresh cluster in a new temporary directory and starts it on a free loopback port, waiting until
 * it accepts connections. Defaults: listen_addresses=127.0.0.1, fsync=off, timezone=UTC, encoding UTF8,
 * locale C (byte-order text sorting, as JavaScript compares ASCII ids). Throws, naming the Debian package to install, when the server binaries are missing.
 */
export async function startPostgres(options: StartPostgresOptions = {}): Promise<PostgresServer> {
  const bin = options.binDir ?? findPostgresBinDir();
  if (bin === null || !existsSync(join(bin, 'pg_ctl'))) {
    throw new Error(
      `PostgreSQL server binaries (initdb, pg_ctl) were not found under ${DEBIAN_BASE}/*/bin: ` +
        'install the Debian package "postgresql" (apt-get install -y postgresql)',
    );
  }
  const asRoot = process.getuid?.() === 0;
  // mkdtemp names contain only [A-Za-z0-9_-], so the path is safe inside pg_ctl's shell-parsed -o string.
  const dir = mkdtempSync(join(tmpdir(), 'learnlens-pg-'));
  const dataDir = join(dir, 'data');
  const logFile = join(dir, 'server.log');
  // As root, every server tool runs as the `postgres` OS user.
  const owner = (tool: string, args: string[]): [string, string[]] =>
    asRoot ? ['runuser', ['-u', 'postgres', '--', join(bin, tool), ...args]] : [join(bin, tool), args];
  const asOwner = (tool: string, args: string[]) => run(...owner(tool, args));

  let started = false;
  const cleanup = () => {
    if (started) {
      try {
        execFileSync(...owner('pg_ctl', ['-D', dataDir, '-m', 'immediate', '-w', 'stop']), { stdio: 'ignore' });
      } catch {
        // Already gone.
      }
    }
    rmSync(dir, { recursive: true, force: true });
  };
  // Safety net for a test run that dies before its afterAll: no server outlives the process.
  const onExit = () => cleanup();
  process.once('exit', onExit);

  try {
    if (asRoot) {
      const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
      const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
      chownSync(dir, uid, gid);
    }
    await asOwner('initdb', ['-D', dataDir, '-U', 'postgres', '--auth=trust', '--no-sync', '-E', 'UTF8', '--locale=C']);

    const settings: Record<string, string | number> = {
      listen_addresses: '127.0.0.1',
      fsync: 'off',
      // Sessions start in UTC whatever the machine's zone, so results do not depend on where tests run.
      timezone: 'UTC',
      ...options.settings,
    };
    const flags = Object.entries(settings).map(([k, v]) => `-c ${k}=${String(v)}`);
    let port = 0;
    // Another process may grab the port between our probe and the server's bind: retry with a new one.
    for (let attempt = 1; ; attempt++) {
      port = await freePort();
      try {
        await asOwner('pg_ctl', ['-D', dataDir, '-l', logFile, '-w', '-t', '60', '-o', [`-p ${port}`, `-k ${dir}`, ...flags].join(' '), 'start']);
        break;
      } catch (error) {
        if (attempt >= 3) throw new Error(`${(error as Error).message}\nserver log:\n${logTail(logFile)}`);
      }
    }
    started = true;

    let stopped = false;
    const user = 'postgres';
    const database = 'postgres';
    return {
      host: '127.0.0.1',
      port,
      user,
      database,
      connectionString: `postgresql://${user}@127.0.0.1:${port}/${database}`,
      dir,
      async stop() {
        if (stopped) return;
        stopped = true;
        process.off('exit', onExit);
        try {
          await asOwner('pg_ctl', ['-D', dataDir, '-m', 'fast', '-w', 'stop']);
          started = false;
        } finally {
          cleanup();
        }
      },
    };
  } catch (error) {
    process.off('exit', onExit);
    cleanup();
    throw error;
  }
}
