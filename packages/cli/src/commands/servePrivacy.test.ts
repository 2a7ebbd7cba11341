import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataset, now, seedFlags } from '../test-fixtures/backendCases.js';
import { run } from '../test-fixtures/runCliForTest.js';
import { serveInProcess, type ServeRun } from '../test-fixtures/serveInProcess.js';
import { AUDIENCE, SALT, SECRET, signToken } from '../test-fixtures/tokens.js';
import { viewerOf } from '../test-fixtures/viewers.js';

const serverEnv = { LEARNLENS_JWT_SECRET: SECRET, LEARNLENS_PSEUDONYM_SALT: SALT };
const learner = viewerOf(dataset, 'learner');
const board = JSON.stringify({ now, period: 'range', from: '2000-01-01', to: '2100-01-01' });

interface Board {
  total: number;
  suppressed?: boolean;
  rows: { userId: string; displayName: string }[];
}

async function learnersBoard(url: string): Promise<Board> {
  const http = ['--adapter', 'http', '--url', url, '--token-env', 'LEARNLENS_TOKEN'];
  const result = await run(['query', 'leaderboard', '--viewer', JSON.stringify(learner), '--params', board, ...http], {
    env: { LEARNLENS_TOKEN: signToken(learner) },
  });
  expect(result.code, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as Board;
}

const peers = (b: Board) => b.rows.filter((row) => row.userId !== learner.userId);

// --pseudonym-key-id and --small-group-threshold reach the learner-facing answers, not just the options object.
describe('learnlens serve privacy flags', () => {
  const servers: ServeRun[] = [];
  const start = async (...flags: string[]) => {
    const server = await serveInProcess(['--port', '0', '--audience', AUDIENCE, '--workers', '0', ...seedFlags, ...flags], serverEnv);
    servers.push(server);
    return server;
  };
  let base: ServeRun;
  beforeAll(async () => {
    base = await start();
  });
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.stop()));
  });

  it('should give every peer a new pseudonym under a new --pseudonym-key-id, and the same one under the same id', async () => {
    const before = await learnersBoard(base.url);
    expect(peers(before).length).toBeGreaterThan(0);
    const sameKey = await learnersBoard((await start('--pseudonym-key-id', '1')).url);
    expect(peers(sameKey)).toEqual(peers(before));
    const rotated = await learnersBoard((await start('--pseudonym-key-id', '2026-12')).url);
    expect(peers(rotated).map((r) => r.displayName).length).toBe(peers(before).length);
    const old = new Set(peers(before).flatMap((r) => [r.userId, r.displayName]));
    for (const row of peers(rotated)) {
      expect(old.has(row.userId), row.userId).toBe(false);
      expect(old.has(row.displayName), row.displayName).toBe(false);
    }
  });

  it('should suppress a board of fewer than --small-group-threshold learners', async () => {
    const before = await learnersBoard(base.url);
    expect(before.suppressed).not.toBe(true);
    const strict = await learnersBoard((await start('--small-group-threshold', String(before.total + 1))).url);
    expect(strict).toMatchObject({ total: 0, rows: [], suppressed: true });
    const open = await learnersBoard((await start('--small-group-threshold', String(before.total))).url);
    expect(open.total).toBe(before.total);
  });

  it('should refuse a malformed key id and a threshold below 1, naming the flag', async () => {
    const bad = async (...flags: string[]) => run(['serve', '--port', '0', '--audience', AUDIENCE, ...flags], { env: serverEnv });
    const keyId = await bad('--pseudonym-key-id', 'has space');
    expect(keyId.code).toBe(2);
    expect(keyId.stderr).toContain('--pseudonym-key-id');
    const k = await bad('--small-group-threshold', '0');
    expect(k.code).toBe(2);
    expect(k.stderr).toContain('--small-group-threshold');
    const both = await bad('--show-peer-names', '--pseudonym-key-id', '2');
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('--pseudonym-key-id');
  });
});
