#!/usr/bin/env node
// `npm start`: installs what a fresh machine lacks, builds the packages and
// shows the demo dashboards on the embedded default (the seeded mock engine).
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { ensurePnpm, installPackages, run } from './setup.mjs';

process.chdir(resolve(import.meta.dirname, '..'));
ensurePnpm();
installPackages();
if (!run('pnpm', ['run', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] })) {
  console.error('[demo] the build failed: run "pnpm run build" to see why');
  process.exit(1);
}
const result = spawnSync('pnpm', ['--filter', '@learnlens/example-console', 'start'], { stdio: 'inherit' });
process.exit(result.status ?? 1);
