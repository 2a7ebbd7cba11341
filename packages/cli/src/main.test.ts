import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createMockDataset } from '@learnlens/mock';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeFailure, runCli } from './main.js';
import { isOneLineFailure, run, tempDir, type CliRun } from './test-fixtures/runCliForTest.js';
import { viewerOf } from './test-fixtures/viewers.js';

const sizes = ['--seed', '3', '--orgs', '2', '--learners', '12', '--days', '30'];
const dataset = createMockDataset({ endDate: '2026-11-01', seed: 3, orgs: 2, learnersPerOrg: 12, days: 30 });
const admin = JSON.stringify(viewerOf(dataset, 'admin'));
const learner = viewerOf(dataset, 'learner');

function expectUsageError(result: CliRun, ...mentions: string[]): void {
  expect(result.code, result.stderr).toBe(2);
  expect(isOneLineFailure(result), JSON.stringify(result)).toBe(true);
  for (const text of mentions) expect(result.stderr).toContain(text);
}

describe('learnlens help and version', () => {
  it('should print the overview for --help, -h and help', async () => {
    for (const argv of [['--help'], ['-h'], ['help']]) {
      const result = await run(argv);
      expect(result.code).toBe(0);
      expect(result.stderr).toBe('');
      expect(result.stdout).toContain('learnlens dataset');
      expect(result.stdout).toContain('learnlens query');
      expect(result.stdout).toContain('learnlens export');
      expect(result.stdout).toContain('learnlens serve');
    }
  });

  it("should print each command's usage for COMMAND --help and help COMMAND", async () => {
    for (const command of ['dataset', 'query', 'export', 'serve']) {
      const viaFlag = await run([command, '--help']);
      const viaHelp = await run(['help', command]);
      expect(viaFlag.code).toBe(0);
      expect(viaFlag.stdout).toContain(`Usage: learnlens ${command}`);
      expect(viaHelp.stdout).toBe(viaFlag.stdout);
    }
  });

  it('should list every catalog query in the query help', async () => {
    const { stdout } = await run(['query', '--help']);
    expect(stdout).toContain('orgOverview');
    expect(stdout).toContain('exportRows');
  });

  it('should print the package version for --version and -V', async () => {
    for (const flag of ['--version', '-V']) {
      const result = await run([flag]);
      expect(result.code).toBe(0);
      expect(result.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
    }
  });
});

describe('learnlens bad input', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await tempDir();
  });

  it('should refuse a missing command', async () => {
    expectUsageError(await run([]), 'missing command');
  });

  it('should refuse an unknown command and name the accepted ones', async () => {
    expectUsageError(await run(['frobnicate']), 'unknown command "frobnicate"', 'dataset, query, export');
    expectUsageError(await run(['help', 'frobnicate']), 'unknown command "frobnicate"');
  });

  it('should refuse an unknown query and list the known ones', async () => {
    expectUsageError(await run(['query', 'nope', '--viewer', admin]), 'unknown query "nope"', 'orgOverview');
  });

  it('should refuse a query without a NAME', async () => {
    expectUsageError(await run(['query', '--viewer', admin]), 'missing query NAME');
  });

  it('should refuse unknown flags, naming them', async () => {
    expectUsageError(await run(['query', 'orgOverview', '--viewer', admin, '--bogus']), 'unknown flag --bogus');
    expectUsageError(await run(['dataset', '--seed', '1', '--out', dir, '-x']), 'unknown flag -x');
    expectUsageError(await run(['--bogus']), 'unknown flag --bogus');
  });

  it('should refuse surplus positional arguments', async () => {
    expectUsageError(await run(['query', 'orgOverview', 'extra', '--viewer', admin]), 'unexpected argument "extra"');
  });

  it('should refuse a flag that is missing its value', async () => {
    expectUsageError(await run(['query', 'orgOverview', '--viewer']), '--viewer needs a value');
    expectUsageError(await run(['query', 'orgOverview', '--viewer', '--seed', '1']), '--viewer needs a value');
    expectUsageError(await run(['dataset', '--help=yes']), '--help does not take a value');
  });

  it('should refuse a missing required flag, naming it', async () => {
    expectUsageError(await run(['query', 'orgOverview']), 'missing required flag --viewer');
    expectUsageError(await run(['dataset', '--out', dir]), 'missing required flag --seed');
    expectUsageError(await run(['dataset', '--seed', '1']), 'missing required flag --out');
    expectUsageError(await run(['export', '--out', join(dir, 'x.csv'), '--viewer', admin]), 'missing required flag --format');
    expectUsageError(await run(['export', '--format', 'csv', '--viewer', admin]), 'missing required flag --out');
    expectUsageError(await run(['export', '--format', 'csv', '--out', join(dir, 'x.csv')]), 'missing required flag --viewer');
  });

  it('should refuse invalid JSON in --viewer and --params', async () => {
    expectUsageError(await run(['query', 'orgOverview', '--viewer', '{userId:']), '--viewer is not valid JSON');
    expectUsageError(await run(['query', 'orgOverview', '--viewer', admin, '--params', '{"from":']), '--params is not valid JSON');
    expectUsageError(await run(['query', 'orgOverview', '--viewer', '[1]']), '--viewer must be a JSON object');
  });

  it('should refuse a viewer that fails validation, naming the field', async () => {
    const result = await run(['query', 'orgOverview', '--viewer', JSON.stringify({ userId: 'u1', role: 'boss', orgId: '' })]);
    expectUsageError(result, 'invalid --viewer', 'role', 'orgId');
  });

  it('should refuse parameters that fail validation, naming the fields', async () => {
    const params = JSON.stringify({ from: '2026-13-45', timezone: 'Mars/Olympus' });
    expectUsageError(
      await run(['query', 'orgOverview', '--viewer', admin, '--params', params]),
      'invalid --params for query "orgOverview"',
      'from',
      'timezone',
    );
    expectUsageError(
      await run(['query', 'leaderboard', '--viewer', admin, '--params', '{"period":"year"}']),
      'period',
    );
    expectUsageError(await run(['query', 'orgOverview', '--viewer', admin, '--params', '{"colour":"red"}']), 'colour');
    expectUsageError(
      await run(['export', '--format', 'csv', '--out', join(dir, 'x.csv'), '--viewer', admin, '--params', '{"to":"soon"}']),
      'invalid --params for query "exportRows"',
      'to',
    );
  });

  it('should refuse bad numbers and choices in flags', async () => {
    expectUsageError(await run(['dataset', '--seed', 'abc', '--out', dir]), '--seed must be an integer');
    expectUsageError(await run(['dataset', '--seed', '1', '--orgs', '0', '--out', dir]), '--orgs must be an integer');
    expectUsageError(await run(['dataset', '--seed', '1', '--out', dir, '--format', 'xlsx']), '--format must be one of csv, parquet, json');
    expectUsageError(
      await run(['export', '--format', 'json', '--out', join(dir, 'x.json'), '--viewer', admin]),
      '--format must be one of csv, parquet',
    );
  });

  it('should refuse an unknown adapter and name the accepted values', async () => {
    expectUsageError(
      await run(['query', 'orgOverview', '--viewer', admin, '--adapter', 'oracle']),
      '--adapter must be one of mock, duckdb, postgres, clickhouse, http',
      'oracle',
    );
  });

  it('should refuse a viewer out of scope', async () => {
    const otherOrg = dataset.orgs[1]!.org_id;
    const foreign = JSON.stringify({ ...viewerOf(dataset, 'admin'), orgId: otherOrg });
    expectUsageError(await run(['query', 'orgOverview', '--viewer', foreign, ...sizes]), 'not a member');

    const peer = dataset.users.find((u) => u.org_id === learner.orgId && u.role === 'learner' && u.user_id !== learner.userId)!;
    const params = JSON.stringify({ userId: peer.user_id, now: '2026-11-01T00:00:00Z' });
    expectUsageError(
      await run(['query', 'personalStats', '--viewer', JSON.stringify(learner), '--params', params, ...sizes]),
      "Out of the viewer's scope",
    );
  });

  it('should refuse an unreadable --data directory', async () => {
    expectUsageError(
      await run(['query', 'orgOverview', '--viewer', admin, '--data', join(dir, 'missing')]),
      '--data',
      'not a readable directory',
    );
    const empty = join(dir, 'empty');
    await mkdir(empty, { recursive: true });
    expectUsageError(await run(['query', 'orgOverview', '--viewer', admin, '--data', empty]), 'orgs.csv', 'no such file');
  });

  it('should refuse a --data directory holding a malformed table, naming file, row and column', async () => {
    const bad = join(dir, 'bad');
    await mkdir(bad, { recursive: true });
    await writeFile(join(bad, 'orgs.csv'), 'org_id,name,timezone,score_scale\r\norg-1,Acme,UTC,stars\r\n');
    expectUsageError(await run(['query', 'orgOverview', '--viewer', admin, '--data', bad]), 'orgs.csv row 1', 'score_scale');
  });

  it('should refuse an --out that cannot be written, naming it', async () => {
    const file = join(dir, 'a-file');
    await writeFile(file, 'not a directory');
    expectUsageError(await run(['dataset', '--seed', '1', '--orgs', '1', '--learners', '2', '--days', '3', '--out', file]), 'cannot write to --out', 'a-file');
    expectUsageError(await run(['dataset', '--seed', '1', '--out', join(file, 'below')]), 'cannot write to --out');
    expectUsageError(await run(['export', '--format', 'csv', '--out', dir, '--viewer', admin, ...sizes]), 'cannot write --out');
  });

  it('should refuse --data combined with generator flags', async () => {
    expectUsageError(await run(['query', 'orgOverview', '--viewer', admin, '--data', dir, '--seed', '2']), '--seed', '--data');
  });

  it('should refuse a CSV export over 10,000 rows and write no file', async () => {
    const big = ['--seed', '5', '--orgs', '1', '--target-attempts', '12000'];
    const bigData = createMockDataset({ endDate: '2026-11-01', seed: 5, orgs: 1, targetAttempts: 12_000 });
    const out = join(dir, 'too-big.csv');
    const result = await run(['export', '--format', 'csv', '--out', out, '--viewer', JSON.stringify(viewerOf(bigData, 'admin')), ...big]);
    expectUsageError(result, '10,000 rows', 'Parquet');
    expect(existsSync(out)).toBe(false);
  });
});

describe('learnlens unexpected failures', () => {
  const failing = (env: Record<string, string>) => {
    let stderr = '';
    const io = {
      stdout: {
        write: () => {
          throw new Error('disk on fire');
        },
      },
      stderr: { write: (chunk: string) => (stderr += chunk) },
      env,
    };
    return { io, stderr: () => stderr };
  };

  it('should report an internal failure in one line with exit code 1', async () => {
    const { io, stderr } = failing({});
    expect(await runCli(['--version'], io)).toBe(1);
    expect(stderr().trim().split('\n')).toHaveLength(1);
    expect(stderr()).toContain('learnlens: internal error: disk on fire');
    expect(stderr()).not.toMatch(/^\s+at /m);
  });

  it('should add the stack only when LEARNLENS_DEBUG=1', async () => {
    const { io, stderr } = failing({ LEARNLENS_DEBUG: '1' });
    expect(await runCli(['--version'], io)).toBe(1);
    expect(stderr()).toMatch(/^\s+at /m);
  });

  it('should give input errors of the data client exit code 2 and backend failures exit code 1', () => {
    const scope = Object.assign(new Error('out of scope'), { code: 'SCOPE' });
    const adapter = Object.assign(new Error('backend down'), { code: 'ADAPTER' });
    expect(describeFailure(scope).code).toBe(2);
    expect(describeFailure(adapter).code).toBe(1);
    expect(describeFailure('weird').code).toBe(1);
  });
});
