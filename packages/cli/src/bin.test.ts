import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { catalog } from '@learnlens/data-client';
import { createMockDataset } from '@learnlens/mock';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from './test-fixtures/runCliForTest.js';
import { viewerOf } from './test-fixtures/viewers.js';

const root = resolve(import.meta.dirname, '../../..');
const bin = join(root, 'packages/cli/dist/bin.js');
// The binary imports the other packages' builds too.
const builds = [bin, join(root, 'packages/data-client/dist/index.js'), join(root, 'packages/mock/dist/index.js')];

function learnlens(args: string[], cwd = root) {
  const { LEARNLENS_DEBUG: _debug, ...env } = process.env;
  return spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env });
}

describe('the built learnlens binary', () => {
  beforeAll(() => {
    if (builds.some((file) => !existsSync(file))) execFileSync('pnpm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  });

  it('should keep its shebang', async () => {
    expect((await readFile(bin, 'utf8')).startsWith('#!/usr/bin/env node\n')).toBe(true);
  });

  it('should run a query and exit 0 with the JSON result on stdout', () => {
    const dataset = createMockDataset({ endDate: '2026-11-01', seed: 2, orgs: 1, learnersPerOrg: 8, days: 14 });
    const viewer = JSON.stringify(viewerOf(dataset, 'admin'));
    const result = learnlens(['query', 'orgOverview', '--viewer', viewer, '--seed', '2', '--orgs', '1', '--learners', '8', '--days', '14']);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toBe('');
    expect(catalog.orgOverview.result.safeParse(JSON.parse(result.stdout)).success).toBe(true);
  });

  it('should write a dataset relative to its working directory', async () => {
    const cwd = await tempDir();
    const result = learnlens(['dataset', '--seed', '2', '--orgs', '1', '--learners', '5', '--days', '7', '--out', 'out'], cwd);
    expect(result.status, result.stderr).toBe(0);
    expect(existsSync(join(cwd, 'out', 'attempts.csv'))).toBe(true);
  });

  it('should exit 2 with one stderr line and no stack trace on bad input', () => {
    const result = learnlens(['query', 'orgOverview', '--viewer', '{not json']);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^learnlens: --viewer is not valid JSON: [^\n]*\n$/);
  });

  it('should print its version', () => {
    const result = learnlens(['--version']);
    expect(result.status).toBe(0);
    expect(result.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });
});
