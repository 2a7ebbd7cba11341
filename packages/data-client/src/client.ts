import { catalog, type QueryName } from './catalog/index.js';
import { clientWithDefinitions, exportHere, nameOf, type ClientOptions, type LearnlensClient } from './clientCore.js';

export type {
  AnyQueryDefinition,
  ClientOptions,
  LearnlensClient,
  QueryCallOptions,
  QueryDefinitions,
  QueryRef,
} from './clientCore.js';

/**
 * Creates a client over one adapter, holding the whole catalog: any query by name, `parseParams` included. Servers,
 * the CLI and hosts that query by name use this one; a browser bundle that wants only its widgets' queries uses
 * `createLeanClient`.
 */
export function createClient(options: ClientOptions): LearnlensClient {
  // A definition handed in is only a name here: this client validates with its own catalog's schemas.
  return clientWithDefinitions(options, {
    now: (query) => catalog[nameOf(query) as QueryName],
    load: async (name) => catalog[name],
  }, exportHere);
}

