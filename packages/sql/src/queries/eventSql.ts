import { completionEventTypes, contentEventKinds, dayNumberOf, startEventTypes, zoneClock } from '@learnlens/data-client';

// Event-type lists of seed 001's dashboards as SQL literals. They are constants of the catalog, never request values.

const quoted = (types: readonly string[]) => types.map((t) => `'${t}'`).join(', ');

/** `expr IN (<start event types>)`. */
export const isStart = (expr: string): string => `${expr} IN (${quoted(startEventTypes)})`;

/** `expr IN (<completion event types>)`. */
export const isCompletion = (expr: string): string => `${expr} IN (${quoted(completionEventTypes)})`;

/**
 * Seed 001's session completion rate over per-session counts `<prefix>s<k>` (starts) and `<prefix>c<k>` (completions)
 * of each kind k: Σ completions / Σ greatest(starts, completions), null when the session has neither.
 */
export function completionRateSql(greatest: (a: string, b: string) => string, toFloat: (expr: string) => string): string {
  const kinds = contentEventKinds.map((_, k) => k);
  const done = kinds.map((k) => `c${k}`).join(' + ');
  const tried = kinds.map((k) => greatest(`s${k}`, `c${k}`)).join(' + ');
  return `CASE WHEN ${tried} > 0 THEN ${toFloat(done)} / (${tried}) END`;
}

/** The per-kind start and completion counts `s<k>`, `c<k>` of a session's events, as aggregate columns. */
export function kindCounts(count: (condition: string) => string, typeExpr: string): string {
  return contentEventKinds
    .map((kind, k) => `${count(`${typeExpr} = '${kind.start}'`)} AS s${k}, ${count(`${typeExpr} = '${kind.complete}'`)} AS c${k}`)
    .join(', ');
}

/** The ISO instant local calendar day `isoDate` starts at in `timeZone`. */
export function localMidnightIso(timeZone: string, isoDate: string): string {
  return new Date(zoneClock(timeZone).dayStartUtc(dayNumberOf(isoDate))).toISOString();
}
