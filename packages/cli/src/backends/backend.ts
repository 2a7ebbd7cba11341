import { createClient, type BackendAdapter, type LearnlensClient } from '@learnlens/data-client';
import type { AdapterName } from './adapterFlags.js';

/** A backend ready to answer: its adapter, the client commands go through, and how to let go of it. */
export interface OpenBackend {
  adapter: BackendAdapter;
  client: LearnlensClient;
  /** Releases what the backend holds (a database instance, a connection pool) so the process can exit. */
  close(): Promise<void>;
  /** Rewrites an error of this backend into one that says what to fix on the command line, or returns it as is. */
  explain?(error: unknown): unknown;
}

/** A backend whose flags have been checked but which has not been opened (nothing loaded or connected yet). */
export interface BackendPlan {
  name: AdapterName;
  open(): Promise<OpenBackend>;
}

/** A backend over `adapter` through a plain client. */
export function openedWith(adapter: BackendAdapter, close: () => Promise<void> | void = () => undefined): OpenBackend {
  return { adapter, client: createClient({ adapter }), close: async () => close() };
}

/** Opens `plan`, runs `fn` on it and closes it whatever happens. */
export async function withBackend<T>(plan: BackendPlan, fn: (backend: OpenBackend) => Promise<T>): Promise<T> {
  const backend = await plan.open();
  try {
    return await fn(backend);
  } catch (error) {
    throw backend.explain ? backend.explain(error) : error;
  } finally {
    // The command's outcome is already decided; a failure to let go must not replace it.
    await backend.close().catch(() => undefined);
  }
}
