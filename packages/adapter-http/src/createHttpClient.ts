import { clientWithDefinitions, definitionsHandedIn, type LearnlensClient, type QueriesByName } from '@learnlens/data-client';
import { createHttpAdapter, type HttpAdapter, type HttpAdapterOptions } from './createHttpAdapter.js';

/** A LearnlensClient over the HTTP adapter. */
export interface HttpClient extends LearnlensClient {
  /** The HTTP adapter the client talks through. */
  readonly adapter: HttpAdapter;
}

/** Options of `createHttpClient`: the adapter's, and the queries it may be asked for by name. */
export interface HttpClientOptions extends HttpAdapterOptions {
  /**
   * Definitions `client.query(name, …)` may use, e.g. `{ orgOverview }`, or the whole `catalog` to query any name. The
   * widgets need none of this: each hands the client its own query's definition, so a page bundles only those.
   */
  queries?: QueriesByName;
}

/**
 * The client a browser hands to `<LearnlensProvider>` when a `@learnlens/server` answers: queries go to POST
 * {baseUrl}/query, and `export` (and so `ExportButton`) to POST {baseUrl}/export, which audits on the server.
 * Peers are not pseudonymised again here: the server already did it with its secret salt. It is a lean client
 * (`createLeanClient`): a query by name needs its definition first (see `queries`).
 */
export function createHttpClient(options: HttpClientOptions): HttpClient {
  const adapter = createHttpAdapter(options);
  // A lean client (see createLeanClient) whose exports go to the server; the client-side export code is never bundled.
  const client = clientWithDefinitions({ adapter, privacy: { showPeerNames: true } }, definitionsHandedIn(options.queries), (_client, request) =>
    adapter.exportFile(request),
  );
  return { ...client, adapter };
}
