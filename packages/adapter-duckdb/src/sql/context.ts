import type { AdapterRequest } from '@learnlens/data-client';
import { Binds } from './binds.js';
import type { Db } from './exec.js';
import type { TimeSpan } from './zone.js';

/** The parameters every statement of one request shares: the binds, the viewer's org and local-time helpers. */
export interface Ctx {
  b: Binds;
  /** Placeholder of the viewer's org id. */
  org: string;
  /** The request's IANA time zone. */
  timeZone: string;
  /** The instants the data spans, which local-time conversions must cover. */
  span: TimeSpan;
  /** Placeholders of the zone's offset changes, bound on first use (DuckDB rejects unused parameters). */
  offsets?: { initial: string; changes: Array<{ at: string; offset: string }> };
}

/** Starts the binds of one request's statement. */
export function context(request: Pick<AdapterRequest, 'scope' | 'params'>, db: Db): Ctx {
  const b = new Binds();
  return { b, org: b.text(request.scope.orgId), timeZone: request.params.timezone, span: db.span };
}
