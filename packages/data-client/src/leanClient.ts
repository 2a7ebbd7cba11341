import type { QueryName } from './catalog/index.js';
import {
  clientWithDefinitions,
  exportHere,
  notAtHand,
  type AnyQueryDefinition,
  type ClientOptions,
  type LearnlensClient,
  type QueryDefinitions,
} from './clientCore.js';
import type { ExportRequest, ExportResult } from './export/runExport.js';

/** Options of `createLeanClient`. */
export interface LeanClientOptions extends ClientOptions {
  /**
   * Definitions the client may be asked for by name, e.g. `{ orgOverview, leaderboard }`, or the whole `catalog` (which
   * puts every query's schemas in the bundle). A definition handed to `query` is always accepted.
   */
  queries?: QueriesByName;
  /** How `export` runs (the HTTP client sends it to the server); default: here, over the adapter, audit first. */
  export?: (request: ExportRequest) => Promise<ExportResult>;
}

/** Definitions a lean client may be asked for by name (`queries`), e.g. `{ orgOverview }` or the whole `catalog`. */
export type QueriesByName = { readonly [N in QueryName]?: AnyQueryDefinition };

/**
 * The definitions of a lean client: those in `queries`, and every definition handed to it since; any other name fails
 * with an `UNKNOWN_QUERY` error that says what to do. For `clientWithDefinitions` (createHttpClient uses it so).
 */
export function definitionsHandedIn(queries: QueriesByName = {}): QueryDefinitions {
  // Keyed by each definition's own name, whatever key it was handed under.
  const known = new Map<string, AnyQueryDefinition>(Object.values(queries).map((d) => [d.name, d]));
  return {
    now(query) {
      if (typeof query !== 'string') {
        known.set(query.name, query as AnyQueryDefinition);
        return query as AnyQueryDefinition;
      }
      return known.get(query);
    },
    load: async (name) => {
      throw notAtHand(name);
    },
  };
}

/**
 * Creates a client that bundles only the queries it is handed. Widgets' hooks pass their query's definition, so a
 * page with a leaderboard carries the leaderboard's schemas and not the forty others. A name works once the client
 * has seen its definition, or when `queries` holds it; any other name fails with an `UNKNOWN_QUERY` error that says so.
 *
 * Validation is exactly `createClient`'s; use this one where bundle size matters (`createHttpClient` does).
 */
export function createLeanClient(options: LeanClientOptions): LearnlensClient {
  const { queries, export: runExport, ...clientOptions } = options;
  return clientWithDefinitions(clientOptions, definitionsHandedIn(queries), runExport ? (_client, request) => runExport(request) : exportHere);
}
