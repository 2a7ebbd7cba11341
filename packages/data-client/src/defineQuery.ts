import type * as z from 'zod';
import type { Role } from './domain.js';

/** A catalog entry: the single source of a query's parameter and result types. */
export interface QueryDefinition<
  TName extends string = string,
  TParams extends z.ZodType = z.ZodType,
  TResult extends z.ZodType = z.ZodType,
> {
  /** The catalog name, e.g. "leaderboard". */
  name: TName;
  /** Parameters; `z.input` is what callers pass, `z.output` what adapters receive. */
  params: TParams;
  /** The validated result every adapter must return. */
  result: TResult;
  /** One-line definition of what the numbers mean. */
  doc: string;
  /** The seed document (and object in it) the meaning comes from. */
  source: string;
  /** How long a cached answer stays fresh (seed 002 cache lifetimes). */
  staleTimeMs: number;
  /** Whether a learner sees peers' (pseudonymised) rows in this query. */
  showsPeers: boolean;
  /** The roles that may run it (default: every role); anyone else is refused with the one ScopeError. */
  roles?: readonly Role[];
}

/** Identity helper that exists so TypeScript infers a definition's exact types. */
export function defineQuery<const TName extends string, TParams extends z.ZodType, TResult extends z.ZodType>(
  definition: QueryDefinition<TName, TParams, TResult>,
): QueryDefinition<TName, TParams, TResult> {
  return definition;
}

/** Cache lifetimes from seed 002 ("Caching"). */
export const staleTimes = {
  overview: 5 * 60_000,
  leaderboard: 15 * 60_000,
  insights: 60 * 60_000,
} as const;
