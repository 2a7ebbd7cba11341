import { AdapterError, catalog } from '@learnlens/data-client';
import { stringFlag, type FlagValues } from '../args.js';
import type { CommandContext } from '../commands/context.js';
import { UsageError } from '../usageError.js';
import type { BackendPlan } from './backend.js';
import { checkUrl, envNameFlag, secretFromEnv } from './checks.js';

const refusals = {
  expired: 'it has expired',
  invalid: 'it is not valid for this server (signature, audience, issuer or claims)',
  missing: 'it is empty',
} as const;

/**
 * `--adapter http --url BASE_URL --token-env NAME`: a @learnlens/server, with the session token read from an environment
 * variable. The server takes the viewer from the token; the adapter checks it is the --viewer given.
 */
export function planHttp(values: FlagValues, ctx: CommandContext): BackendPlan {
  const url = stringFlag(values, 'url');
  if (url === undefined) throw new UsageError('--adapter http needs --url BASE_URL, the server\'s routes, e.g. http://127.0.0.1:8787/learnlens');
  checkUrl(ctx, url, '--url', ['http:', 'https:']);
  if (values['token-env'] === undefined) {
    throw new UsageError('--adapter http needs --token-env NAME, the environment variable holding the session token');
  }
  const tokenEnv = envNameFlag(values, 'token-env')!;
  const token = secretFromEnv(ctx, tokenEnv, 'named by --token-env');
  return {
    name: 'http',
    async open() {
      const { AuthenticationError, createHttpClient } = await import('@learnlens/adapter-http');
      const client = createHttpClient({ baseUrl: url, getToken: () => token, queries: catalog });
      return {
        adapter: client.adapter,
        client,
        close: async () => undefined,
        explain: (error) => {
          if (error instanceof AuthenticationError) {
            return new UsageError(`the server did not accept the token in ${tokenEnv} (--token-env): ${refusals[error.reason]}`, { cause: error });
          }
          return withNetworkReason(error);
        },
      };
    },
  };
}

// fetch reports every network failure as "fetch failed"; the reason (ECONNREFUSED, ENOTFOUND…) is one cause further down.
function withNetworkReason(error: unknown): unknown {
  if (!(error instanceof AdapterError) || !error.message.endsWith('fetch failed')) return error;
  const reason = (error.cause as { cause?: unknown } | undefined)?.cause as NodeJS.ErrnoException | undefined;
  const detail = reason?.message || reason?.code;
  if (!detail) return error;
  return new AdapterError(error.adapter, error.message.replace(/fetch failed$/, detail), { transient: error.transient, cause: error });
}
