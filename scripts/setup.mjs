// Installs what a fresh machine lacks before the demo or the tests run: pnpm,
// the workspace's packages and, for the tests, Debian packages (as root) —
// or says exactly what to install when it cannot.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';

export const PNPM_VERSION = '12.21.0';

function has(cmd, args = ['--version']) {
  return spawnSync(cmd, args, { stdio: 'ignore' }).status === 0;
}

export function run(cmd, args, options = {}) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', ...options });
  return r.status === 0;
}

/** Makes sure pnpm is on PATH, installing the tested version with npm when it is not. */
export function ensurePnpm() {
  if (has('pnpm')) return;
  console.log(`[setup] pnpm not found: installing pnpm@${PNPM_VERSION} with npm`);
  if (!run('npm', ['install', '--global', `pnpm@${PNPM_VERSION}`]) || !has('pnpm')) {
    console.error(`[setup] could not install pnpm: run "npm install --global pnpm@${PNPM_VERSION}" and try again`);
    process.exit(1);
  }
}

/** Installs the workspace's packages (frozen lockfile on CI). */
export function installPackages() {
  const args = ['install'];
  if (process.env.CI) args.push('--frozen-lockfile');
  if (!run('pnpm', args)) {
    console.error('[setup] "pnpm install" failed');
    process.exit(1);
  }
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
let aptUpdated = false;

/**
 * Ensures Debian packages are installed. `present` tells whether the tool is already there. Returns false
 * (after printing what to install) when they are missing and cannot be installed here.
 */
export function ensureDebianPackages(label, packages, present) {
  if (present()) return true;
  if (!isRoot || !has('apt-get', ['--version'])) {
    console.warn(`[setup] ${label} is missing: install the Debian package(s) ${packages.join(' ')} (sudo apt-get install -y ${packages.join(' ')}); the tests that need it will fail until then`);
    return false;
  }
  console.log(`[setup] installing ${packages.join(' ')} for ${label}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  if (!aptUpdated) {
    run('apt-get', ['update', '-qq'], { env });
    aptUpdated = true;
  }
  run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], { env });
  return present();
}

/** The directory holding PostgreSQL's server binaries (initdb, pg_ctl), or null. */
export function postgresBinDir() {
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) return null;
  const versions = readdirSync(base).sort((a, b) => Number(b) - Number(a));
  for (const v of versions) if (existsSync(`${base}/${v}/bin/pg_ctl`)) return `${base}/${v}/bin`;
  return null;
}

export function commandOutput(cmd, args) {
  try {
    return execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return '';
  }
}

/** True when ZooKeeper's jars (Debian `zookeeper`) and a Java runtime are installed: the ClickHouse cluster tests. */
export function zooKeeperPresent() {
  return existsSync('/usr/share/java/zookeeper.jar') && commandOutput('sh', ['-c', 'command -v java']) !== '';
}
