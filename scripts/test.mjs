#!/usr/bin/env node
// The whole test suite, as a new user and CI run it (`npm test`): installs
// what is missing, builds every package, type-checks, runs every test, and
// ends with the plain "N passed, N failed" line CI reads.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { commandOutput, ensureDebianPackages, ensurePnpm, installPackages, postgresBinDir, zooKeeperPresent } from './setup.mjs';

const root = resolve(import.meta.dirname, '..');
process.chdir(root);

ensurePnpm();
installPackages();
// As root the tests run PostgreSQL as its own `postgres` user, which Debian's package creates.
const runsAsRoot = typeof process.getuid === 'function' && process.getuid() === 0;
ensureDebianPackages(
  'PostgreSQL (seed SQL checks, the postgres adapter)',
  ['postgresql'],
  () => postgresBinDir() !== null && (!runsAsRoot || commandOutput('id', ['-u', 'postgres']) !== ''),
);
ensureDebianPackages('ClickHouse (the clickhouse adapter)', ['clickhouse-server', 'clickhouse-client'], () => commandOutput('sh', ['-c', 'command -v clickhouse-server || command -v clickhouse']) !== '');
ensureDebianPackages('ZooKeeper and Java (the ClickHouse cluster tests)', ['zookeeper', 'default-jre-headless'], zooKeeperPresent);
ensureDebianPackages('Chromium (real-browser tests)', ['chromium'], () => commandOutput('sh', ['-c', 'command -v chromium']) !== '');
// The real-browser tests draw every page in DejaVu Sans only (examples/host-app/e2e/support.ts), so the visual
// baselines compare equal on any machine; chromium is installed without recommends, so no font comes with it.
ensureDebianPackages('DejaVu fonts (visual baselines)', ['fonts-dejavu-core'], () => existsSync('/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'));

let passed = 0;
let failed = 0;
let skipped = 0;

// Build and type-check count as one check each, so a broken build fails the run.
function check(name, cmd, args) {
  console.log(`\n[test] ${name}: ${cmd} ${args.join(' ')}`);
  const ok = spawnSync(cmd, args, { stdio: 'inherit' }).status === 0;
  if (ok) passed++;
  else {
    failed++;
    console.error(`[test] ${name} FAILED`);
  }
  return ok;
}

check('build', 'pnpm', ['run', 'build']);
check('typecheck', 'pnpm', ['run', 'typecheck']);
process.env.STORYBOOK_DISABLE_TELEMETRY = '1';
check('storybook build', 'pnpm', ['exec', 'storybook', 'build', '--test', '--quiet', '-o', 'storybook-static']);

/** One vitest run; its counts join the total. */
function vitestRun(label, args, countsName) {
  const countsFile = resolve(root, `.tmp/${countsName}`);
  rmSync(countsFile, { force: true });
  console.log(`\n[test] ${label}`);
  const failedBefore = failed;
  const vitest = spawnSync('pnpm', ['exec', 'vitest', 'run', ...args], {
    stdio: 'inherit',
    env: { ...process.env, LEARNLENS_COUNTS_FILE: countsFile },
  });
  if (existsSync(countsFile)) {
    const counts = JSON.parse(readFileSync(countsFile, 'utf8'));
    passed += counts.passed;
    failed += counts.failed;
    skipped += counts.skipped;
  } else {
    failed++;
    console.error(`[test] ${label} did not report its counts`);
  }
  if (vitest.status !== 0 && failed === failedBefore) failed++;
}

vitestRun('vitest run', [], 'vitest-counts.json');
// @learnlens/ui supports React 18 and 19: the widget tests run again on React 18 (examples/react18-host's copy).
vitestRun('vitest run on React 18', ['-c', 'vitest.react18.config.ts'], 'vitest-counts-react18.json');

console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed === 0 ? 0 : 1);
