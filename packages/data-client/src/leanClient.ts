import type { Catalog, QueryName } from './catalog/index.js';
import { clientWithDefinitions, type AnyQueryDefinition, type ClientOptions, type LearnlensClient } from './clientCore.js';

/**
 * Creates a client that bundles only the queries it is handed. Widgets' hooks pass their query's definition, so a
 * page with a leaderboard carries the leaderboard's schemas and not the forty others. A query asked for by name whose
 * definition this client has not seen yet loads the whole catalog (a chunk of its own) first; `parseParams` by name
 * works for names seen before, and with a definition always.
 *
 * Validation is the same as `createClient`'s; use this one where bundle size matters (`createHttpClient` does).
 */
export function createLeanClient(options: ClientOptions): LearnlensClient {
  const seen = new Map<string, AnyQueryDefinition>();
  let whole: Catalog | undefined;
  return clientWithDefinitions(options, {
    now(query) {
      if (typeof query !== 'string') {
        seen.set(query.name, query as AnyQueryDefinition);
        return query as AnyQueryDefinition;
      }
      return seen.get(query) ?? whole?.[query];
    },
    async load(name: QueryName) {
      whole ??= (await import('./catalog/index.js')).catalog;
      return whole[name];
    },
  });
}
