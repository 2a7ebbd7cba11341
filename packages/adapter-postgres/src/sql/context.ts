import type { AdapterRequest } from '@learnlens/data-client';
import type { CanonicalTable } from '../mapping/canonical.js';
import type { Mapping } from '../mapping/defineMapping.js';
import { Binds } from './binds.js';

/** What one request's statement is built from: its binds, the viewer's org, its time zone and the mapping. */
export interface Ctx {
  b: Binds;
  /** Placeholder of the viewer's org id; every relation read is filtered by it. */
  org: string;
  /** Placeholder of the request's IANA time zone, bound on first use (PostgreSQL rejects untyped unused parameters). */
  readonly tz: string;
  /** The canonical relation of a table, for FROM / JOIN. */
  rel(table: CanonicalTable): string;
}

/** Starts the statement of one request. */
export function context(request: Pick<AdapterRequest, 'scope' | 'params'>, mapping: Mapping): Ctx {
  const b = new Binds();
  let tz: string | undefined;
  return {
    b,
    org: b.text(request.scope.orgId),
    get tz() {
      tz ??= b.text(request.params.timezone);
      return tz;
    },
    rel: (t) => mapping.relation(t),
  };
}
