import type * as z from 'zod';
import type { ZodMiniType } from 'zod/mini';
import type { Role } from './role.js';

/**
 * A zod schema, classic (`zod`) or mini (`zod/mini`): both parse, and infer types, the same way. The entries a widget's
 * bundle carries up front (leaderboard, and params.ts's building blocks) use mini; the rest are free to use classic.
 */
export type QuerySchema = z.ZodType | ZodMiniType;

/**
 * A catalog entry: the single source of a query's parameter and result types. What the query means (its `doc` line,
 * seed `source` and parameter meanings) is not here but in `queryDocs` (catalog/queryDocs.ts), because a definition
 * rides into every browser bundle that runs the query and the prose need not.
 */
export interface QueryDefinition<
  TName extends string = string,
  TParams extends QuerySchema = QuerySchema,
  TResult extends QuerySchema = QuerySchema,
> {
  /** The catalog name, e.g. "leaderboard". */
  name: TName;
  /** Parameters; `z.input` is what callers pass, `z.output` what adapters receive. */
  params: TParams;
  /** The validated result every adapter must return. */
  result: TResult;
  /** How long a cached answer stays fresh (seed 002 cache lifetimes). */
  staleTimeMs: number;
  /** Whether a learner sees peers' (pseudonymised) rows in this query. */
  showsPeers: boolean;
  /** The roles that may run it (default: every role); anyone else is refused with the one ScopeError. */
  roles?: readonly Role[];
}

/** Identity helper that exists so TypeScript infers a definition's exact types. */
export function defineQuery<const TName extends string, TParams extends QuerySchema, TResult extends QuerySchema>(
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
