import { createLeanClient, type LearnlensClient } from '@learnlens/data-client';
import { createHttpAdapter, type HttpAdapter, type HttpAdapterOptions } from './createHttpAdapter.js';

/** A LearnlensClient over the HTTP adapter. */
export interface HttpClient extends LearnlensClient {
  /** The HTTP adapter the client talks through. */
  readonly adapter: HttpAdapter;
}

/**
 * The client a browser hands to `<LearnlensProvider>` when a `@learnlens/server` answers: queries go to POST
 * {baseUrl}/query, and `export` (and so `ExportButton`) to POST {baseUrl}/export, which audits on the server.
 * Peers are not pseudonymised again here: the server already did it with its secret salt.
 */
export function createHttpClient(options: HttpAdapterOptions): HttpClient {
  const adapter = createHttpAdapter(options);
  const client = createLeanClient({ adapter, privacy: { showPeerNames: true } });
  return { ...client, adapter, export: (request) => adapter.exportFile(request) };
}
