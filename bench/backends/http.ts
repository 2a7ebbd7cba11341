import { createHmac } from 'node:crypto';
import { createHttpClient } from '../../packages/adapter-http/src/index.js';
import { catalog, createClient, type Viewer } from '../../packages/data-client/src/index.js';
import { createMockAdapter, type MockDataset } from '../../packages/mock/src/index.js';
import { startLearnlensServer } from '../../packages/server/src/index.js';
import { timed, type BenchBackend } from './types.js';

const SECRET = 'bench-hs256-secret-of-at-least-32-bytes';
const AUDIENCE = 'learnlens-bench';
const SALT = 'bench-pseudonym-salt';

const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

// What the host's backend does once per session; the bench signs once per viewer and reuses the token.
function signToken(viewer: Viewer): string {
  const now = Math.floor(Date.now() / 1000);
  const head = part({ alg: 'HS256', typ: 'JWT' });
  const body = part({ sub: viewer.userId, role: viewer.role, org_id: viewer.orgId, aud: AUDIENCE, iat: now, exp: now + 3_600 });
  return `${head}.${body}.${createHmac('sha256', SECRET).update(`${head}.${body}`).digest('base64url')}`;
}

/**
 * `@learnlens/server` over the mock engine, in the bench process, queried through the HTTP client: what the HTTP hop
 * (token check, JSON both ways, validation on both sides) adds to the mock engine's own time.
 */
export async function startHttpBench(dataset: MockDataset): Promise<BenchBackend> {
  const [server, startMs] = await timed(() =>
    startLearnlensServer({
      adapter: createMockAdapter({ dataset }),
      auth: { secret: SECRET, audience: AUDIENCE },
      privacy: { pseudonymSalt: SALT },
      // The bench times exportRows pages like the other queries; a host serves them only through the audited /export.
      allowExportRowsQuery: true,
      maxResponseBytes: 64 * 1024 * 1024,
    }),
  );
  const tokens = new Map<string, string>();
  const client = createHttpClient({
    queries: catalog,
    baseUrl: server.url,
    getToken: (viewer) => {
      const key = `${viewer.orgId}/${viewer.userId}/${viewer.role}`;
      if (!tokens.has(key)) tokens.set(key, signToken(viewer));
      return tokens.get(key)!;
    },
  });
  return {
    name: 'http',
    description: '@learnlens/server in front of the mock engine, in the bench process, over loopback HTTP (node:http, global fetch)',
    client,
    // The server pseudonymises learners' peers with its salt; the mock engine with the same salt gives the same ids.
    reference: createClient({ adapter: createMockAdapter({ dataset }), privacy: { pseudonymSalt: SALT } }),
    setupMs: { start: startMs },
    notes: ['HS256 tokens, one per viewer, verified on every request'],
    close: () => server.close(),
  };
}
