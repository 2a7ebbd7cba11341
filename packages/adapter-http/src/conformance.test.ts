import { catalog } from '@learnlens/data-client';
import { createMockAdapter } from '@learnlens/mock';
import { startLearnlensServer } from '@learnlens/server';
import { describeConformance } from '../../../testing/conformance.js';
import { createHttpClient } from './createHttpClient.js';
import { AUDIENCE, SECRET, signToken } from './test-fixtures/token.js';

// The HTTP adapter in front of a real server (loopback port) in front of the mock: every answer, refusal and export
// must come back exactly as the mock gives it directly. Tokens are signed per viewer, as a host's backend would.
describeConformance(
  'http in front of mock',
  async (dataset, { privacy }) => {
    const server = await startLearnlensServer({
      adapter: createMockAdapter({ dataset }),
      auth: { secret: SECRET, audience: AUDIENCE },
      privacy,
      // The suite compares exportRows as a query too; hosts that show it in the browser opt in the same way.
      allowExportRowsQuery: true,
      maxResponseBytes: 64 * 1024 * 1024,
      // One viewer sends the suite's thousands of requests in a minute; the rate limit has tests of its own.
      rateLimit: false,
    });
    const client = createHttpClient({ baseUrl: server.url, getToken: (viewer) => signToken(viewer), queries: catalog });
    return { adapter: client.adapter, client, close: () => server.close() };
  },
  // The adapter resolves no scope of its own: the server does, from the token, and never sends it to the browser.
  { scopes: false },
);
