import { runCli } from './main.js';
const io = { stdout: process.stdout, stderr: process.stderr, env: { T: 'abc.def.ghi', P: 'x' } };
const v = JSON.stringify({ userId: 'org-1-u-0001', role: 'admin', orgId: 'org-1' });
for (const argv of [
  ['query', 'orgOverview', '--viewer', v, '--adapter', 'postgres', '--db-url', 'postgresql://u:pw1234@127.0.0.1:1/db'],
  ['query', 'orgOverview', '--viewer', v, '--adapter', 'http', '--url', 'http://127.0.0.1:1/learnlens', '--token-env', 'T'],
  ['query', 'orgOverview', '--viewer', v, '--adapter', 'clickhouse', '--ch-url', 'http://127.0.0.1:1'],
  ['query', 'orgOverview', '--viewer', v, '--adapter', 'postgres', '--seed', '3', '--db-url', 'postgres://x@y/z'],
  ['query', 'orgOverview', '--viewer', v, '--db-url', 'postgres://x@y/z'],
  ['query', 'orgOverview', '--viewer', v, '--adapter', 'http', '--url', 'http://x', '--token-env', 'eyJhbGci.eyJ.sig'],
  ['query', 'orgOverview', '--viewer', v, '--adapter', 'duckdb', '--data', '/tmp'],
]) console.log(await runCli(argv, io));
