import { mkdir, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { dataset, now, seedFlags } from '../test-fixtures/backendCases.js';
import { isOneLineFailure, run, tempDir, type CliRun } from '../test-fixtures/runCliForTest.js';
import { AUDIENCE, SALT, SECRET } from '../test-fixtures/tokens.js';
import { viewerOf } from '../test-fixtures/viewers.js';

const query = ['query', 'orgOverview', '--viewer', JSON.stringify(viewerOf(dataset, 'admin')), '--params', JSON.stringify({ now })];
const serverEnv = { LEARNLENS_JWT_SECRET: SECRET, LEARNLENS_PSEUDONYM_SALT: SALT };
const serve = ['serve', '--port', '0', '--audience', AUDIENCE];

function expectFailure(result: CliRun, code: number, ...mentions: string[]): void {
  expect(result.code, result.stderr).toBe(code);
  expect(isOneLineFailure(result), JSON.stringify(result)).toBe(true);
  for (const text of mentions) expect(result.stderr).toContain(text);
}

// A loopback port nothing listens on.
async function closedPort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('learnlens backend flags: bad input exits 2 in one line', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await tempDir();
  });

  it('should refuse flags of another adapter, naming both', async () => {
    expectFailure(await run([...query, '--adapter', 'postgres', '--db-url', 'postgres://h/db', '--seed', '3']), 2, '--seed is a flag of --adapter mock', 'postgres');
    expectFailure(await run([...query, '--db-url', 'postgres://h/db']), 2, '--db-url is a flag of --adapter postgres', '--adapter mock (the default)');
    expectFailure(await run([...query, '--adapter', 'duckdb', '--data', dir, '--url', 'http://x']), 2, '--url is a flag of --adapter http');
    expectFailure(await run([...query, '--adapter', 'http', '--data', dir]), 2, '--data is a flag of --adapter mock and duckdb');
    expectFailure(await run([...query, '--data-format', 'csv']), 2, '--data-format is a flag of --adapter duckdb');
  });

  it('should refuse a missing connection flag for the chosen adapter', async () => {
    expectFailure(await run([...query, '--adapter', 'duckdb']), 2, '--adapter duckdb needs --data DIR');
    expectFailure(await run([...query, '--adapter', 'postgres']), 2, '--adapter postgres needs --db-url URL or the environment variable LEARNLENS_DATABASE_URL');
    expectFailure(await run([...query, '--adapter', 'clickhouse']), 2, '--adapter clickhouse needs --ch-url URL');
    expectFailure(await run([...query, '--adapter', 'http', '--token-env', 'T']), 2, '--adapter http needs --url BASE_URL');
    expectFailure(await run([...query, '--adapter', 'http', '--url', 'http://127.0.0.1:1/learnlens']), 2, '--adapter http needs --token-env NAME');
  });

  it('should refuse an unset or misnamed environment variable without echoing a value', async () => {
    const http = [...query, '--adapter', 'http', '--url', 'http://127.0.0.1:1/learnlens'];
    expectFailure(await run([...http, '--token-env', 'MY_TOKEN']), 2, 'the environment variable MY_TOKEN (named by --token-env) is not set');
    expectFailure(await run([...http, '--token-env', 'MY_TOKEN'], { env: { MY_TOKEN: '' } }), 2, 'MY_TOKEN', 'is empty');
    const pasted = await run([...http, '--token-env', 'eyJhbGciOi.eyJzdWIi.c2lnbmF0dXJl']);
    expectFailure(pasted, 2, '--token-env takes the name of an environment variable');
    expect(pasted.stderr).not.toContain('eyJ');
    const ch = [...query, '--adapter', 'clickhouse', '--ch-url', 'http://127.0.0.1:8123'];
    expectFailure(await run([...ch, '--ch-password-env', 'CH_PW']), 2, 'CH_PW (named by --ch-password-env) is not set');
  });

  it('should refuse malformed URLs and choices without showing the URL', async () => {
    const bad = await run([...query, '--adapter', 'postgres', '--db-url', 'mysql://root:hunter22@db/x']);
    expectFailure(bad, 2, '--db-url must be a postgres:// or postgresql:// URL');
    expect(bad.stderr).not.toContain('hunter22');
    const fromEnv = await run([...query, '--adapter', 'postgres'], { env: { LEARNLENS_DATABASE_URL: 'not a url, secret' } });
    expectFailure(fromEnv, 2, 'LEARNLENS_DATABASE_URL is not a URL');
    expect(fromEnv.stderr).not.toContain('secret');
    expectFailure(await run([...query, '--adapter', 'postgres', '--db-url', 'postgres://h/db', '--mapping', 'seed001']), 2, '--mapping must be one of canonical, seed002, seed003, seed000');
    expectFailure(await run([...query, '--adapter', 'clickhouse', '--ch-url', 'tcp://h:9000']), 2, '--ch-url must be a http:// or https:// URL');
    expectFailure(await run([...query, '--adapter', 'http', '--url', 'localhost', '--token-env', 'T'], { env: { T: 'x' } }), 2, '--url is not a URL');
  });

  it('should refuse an unusable --data directory for duckdb', async () => {
    expectFailure(await run([...query, '--adapter', 'duckdb', '--data', join(dir, 'missing')]), 2, 'is not a readable directory');
    expectFailure(await run([...query, '--adapter', 'duckdb', '--data', dir]), 2, 'holds neither attempts.parquet nor attempts.csv');
    expectFailure(await run([...query, '--adapter', 'duckdb', '--data', dir, '--data-format', 'json']), 2, '--data-format must be one of parquet, csv');
    const partial = join(dir, 'partial');
    await mkdir(partial);
    await writeFile(join(partial, 'attempts.csv'), 'attempt_id\r\n');
    expectFailure(await run([...query, '--adapter', 'duckdb', '--data', partial]), 2, 'orgs.csv: no such file');
  });

  it('should refuse a --data directory DuckDB cannot read', async () => {
    const broken = join(dir, 'broken');
    expect((await run(['dataset', ...seedFlags, '--out', broken, '--format', 'parquet'])).code).toBe(0);
    await writeFile(join(broken, 'users.parquet'), 'not parquet at all');
    expectFailure(await run([...query, '--adapter', 'duckdb', '--data', broken]), 2, `--data ${broken}:`);
  });
});

describe('learnlens backends that cannot be reached: exit 1 in one line', () => {
  it('should report a refused connection for http, postgres and clickhouse', async () => {
    const port = await closedPort();
    const http = await run([...query, '--adapter', 'http', '--url', `http://127.0.0.1:${port}/learnlens`, '--token-env', 'T'], { env: { T: 'x.y.z' } });
    expectFailure(http, 1, 'Could not reach the Learnlens server', 'ECONNREFUSED');
    expectFailure(await run([...query, '--adapter', 'postgres', '--db-url', `postgres://u@127.0.0.1:${port}/db`]), 1, 'ECONNREFUSED');
    expectFailure(await run([...query, '--adapter', 'clickhouse', '--ch-url', `http://127.0.0.1:${port}`]), 1, 'ClickHouse');
  });
});

describe('learnlens serve: bad input exits 2 in one line', () => {
  it('should refuse a missing audience, secret or salt', async () => {
    expectFailure(await run(['serve'], { env: serverEnv }), 2, 'missing required flag --audience');
    expectFailure(await run(serve, { env: { LEARNLENS_PSEUDONYM_SALT: SALT } }), 2, 'LEARNLENS_JWT_SECRET', 'not set', '--public-key');
    expectFailure(await run(serve, { env: { LEARNLENS_JWT_SECRET: SECRET } }), 2, 'LEARNLENS_PSEUDONYM_SALT', '--show-peer-names');
    expectFailure(await run([...serve, '--jwt-secret-env', 'JWT'], { env: serverEnv }), 2, 'JWT (named by --jwt-secret-env) is not set');
    expectFailure(await run([...serve, '--pseudonym-salt-env', 'SALTY'], { env: serverEnv }), 2, 'SALTY (named by --pseudonym-salt-env) is not set');
  });

  it('should refuse a short secret or salt without showing it', async () => {
    const short = await run(serve, { env: { ...serverEnv, LEARNLENS_JWT_SECRET: 'tooshort' } });
    expectFailure(short, 2, 'at least 32 bytes');
    expect(short.stderr).not.toContain('tooshort');
    expectFailure(await run(serve, { env: { ...serverEnv, LEARNLENS_PSEUDONYM_SALT: 'salt' } }), 2, 'at least 16 characters');
  });

  it('should refuse conflicting or malformed server flags', async () => {
    const dir = await tempDir();
    const key = join(dir, 'key.pem');
    await writeFile(key, 'not a key');
    expectFailure(await run([...serve, '--public-key', key, '--jwt-secret-env', 'X'], { env: serverEnv }), 2, 'not both');
    expectFailure(await run([...serve, '--public-key', key], { env: serverEnv }), 2, 'is not a PEM public key');
    expectFailure(await run([...serve, '--public-key', join(dir, 'none.pem')], { env: serverEnv }), 2, 'cannot read --public-key', 'ENOENT');
    expectFailure(await run([...serve, '--algorithms', 'RS256'], { env: serverEnv }), 2, '--algorithms RS256 verifies with a public key');
    expectFailure(await run([...serve, '--show-peer-names', '--pseudonym-salt-env', 'S'], { env: serverEnv }), 2, 'not both');
    expectFailure(await run([...serve, '--allowed-origin', 'https://app.example.com/path'], { env: serverEnv }), 2, '--allowed-origin must be an origin');
    expectFailure(await run([...serve, '--port', '70000'], { env: serverEnv }), 2, '--port must be an integer from 0 to 65535');
    expectFailure(await run([...serve, '--base-path', '/a b'], { env: serverEnv }), 2, '--base-path must be a URL path');
  });

  it('should refuse --adapter http and the http adapter flags', async () => {
    expectFailure(await run([...serve, '--adapter', 'http'], { env: serverEnv }), 2, 'learnlens serve runs the backend itself');
    expectFailure(await run([...serve, '--url', 'http://x'], { env: serverEnv }), 2, 'unknown flag --url');
    expectFailure(await run([...serve, '--adapter', 'postgres'], { env: serverEnv }), 2, '--adapter postgres needs --db-url');
  });

  it('should refuse a port that is already in use', async () => {
    const taken = createServer().listen(0, '127.0.0.1');
    await new Promise((resolve) => taken.once('listening', resolve));
    const { port } = taken.address() as { port: number };
    try {
      const result = await run(['serve', '--port', String(port), '--audience', AUDIENCE, '--orgs', '1', '--learners', '3', '--days', '3'], { env: serverEnv });
      expectFailure(result, 2, `cannot listen on 127.0.0.1:${port}`, 'in use');
    } finally {
      await new Promise((resolve) => taken.close(resolve));
    }
  });
});
