import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backendCases, dataset, expectMockAnswers, expectMockExport, now, seedFlags } from '../test-fixtures/backendCases.js';
import { isOneLineFailure, run, tempDir } from '../test-fixtures/runCliForTest.js';
import { serveInProcess, type ServeRun } from '../test-fixtures/serveInProcess.js';
import { AUDIENCE, SALT, SECRET, signToken } from '../test-fixtures/tokens.js';
import { viewerOf } from '../test-fixtures/viewers.js';

const serverEnv = { LEARNLENS_JWT_SECRET: SECRET, LEARNLENS_PSEUDONYM_SALT: SALT };

describe('learnlens serve, and query and export --adapter http', () => {
  let serve: ServeRun;
  beforeAll(async () => {
    serve = await serveInProcess(['--port', '0', '--audience', AUDIENCE, ...seedFlags], serverEnv);
  });
  afterAll(() => serve?.stop());

  const http = () => ['--adapter', 'http', '--url', serve.url, '--token-env', 'LEARNLENS_TOKEN'];
  const tokenFor = (viewer: Parameters<typeof signToken>[0]) => ({ LEARNLENS_TOKEN: signToken(viewer) });

  it('should print its URL and adapter as one JSON line', () => {
    expect(serve.announced).toEqual({ url: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\/learnlens$/), adapter: 'mock' });
  });

  it("should answer queries over HTTP as the mock engine does, for the token's viewer", async () => {
    // The server refuses exportRows on /query (only /export audits), and pseudonymises peers with its own salt.
    const cases = backendCases().filter((c) => c.name !== 'exportRows' && !(c.name === 'leaderboard' && c.viewer.role === 'learner'));
    await expectMockAnswers(http(), { cases, env: tokenFor });
  });

  it('should export through the server, which writes the audit entry', async () => {
    await expectMockExport(http(), await tempDir(), tokenFor(viewerOf(dataset, 'admin', 1)));
  });

  it('should refuse an expired token in one line, without showing it', async () => {
    const viewer = viewerOf(dataset, 'admin');
    const token = signToken(viewer, -60);
    const result = await run(['query', 'orgOverview', '--viewer', JSON.stringify(viewer), ...http()], { env: { LEARNLENS_TOKEN: token } });
    expect(result.code).toBe(2);
    expect(isOneLineFailure(result), result.stderr).toBe(true);
    expect(result.stderr).toContain('LEARNLENS_TOKEN');
    expect(result.stderr).toContain('expired');
    expect(result.stderr).not.toContain(token);
  });

  it('should refuse a token signed with another secret', async () => {
    const viewer = viewerOf(dataset, 'admin');
    const env = { LEARNLENS_TOKEN: signToken(viewer, 300, 'some-other-secret-of-at-least-32-bytes') };
    const result = await run(['query', 'orgOverview', '--viewer', JSON.stringify(viewer), ...http()], { env });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^learnlens: the server did not accept the token in LEARNLENS_TOKEN \(--token-env\): it is not valid/);
  });

  it('should refuse a --viewer other than the one the token names', async () => {
    const admin = viewerOf(dataset, 'admin');
    const manager = viewerOf(dataset, 'manager');
    const params = JSON.stringify({ now });
    const result = await run(['query', 'orgOverview', '--viewer', JSON.stringify(manager), '--params', params, ...http()], { env: tokenFor(admin) });
    expect(result.code).toBe(2);
    expect(isOneLineFailure(result), result.stderr).toBe(true);
    expect(result.stderr).toContain(admin.userId);
  });

  it('should stop when told to, exit 0 and print nothing more', async () => {
    const other = await serveInProcess(['--port', '0', '--audience', AUDIENCE, '--show-peer-names', '--base-path', '/analytics'], {
      LEARNLENS_JWT_SECRET: SECRET,
    });
    expect(other.url).toMatch(/\/analytics$/);
    const result = await other.stop();
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toBe('');
  });
});

describe('the learnlens serve process', () => {
  it('should close cleanly and exit 0 on SIGTERM', async () => {
    const root = resolve(import.meta.dirname, '../../../..');
    const { LEARNLENS_DEBUG: _debug, ...inherited } = process.env;
    // tsx runs the sources, resolving @learnlens/* through the root tsconfig's paths: no build needed.
    const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'packages/cli/src/bin.ts'), 'serve', '--port', '0', '--audience', AUDIENCE, '--orgs', '1', '--learners', '5', '--days', '7'], {
      cwd: root,
      env: { ...inherited, ...serverEnv },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
    const exit = once(child, 'exit');
    const [line] = (await once(createInterface({ input: child.stdout }), 'line')) as [string];
    const { url } = JSON.parse(line) as { url: string };
    expect((await fetch(`${url}/catalog`)).status).toBeLessThan(500);
    child.kill('SIGTERM');
    const [code, signal] = (await exit) as [number | null, string | null];
    expect({ code, signal, stderr }).toEqual({ code: 0, signal: null, stderr: '' });
  });
});
