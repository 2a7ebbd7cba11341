import type { ResolvedScope } from '@learnlens/data-client';

const TTL_MS = 5_000;
const MAX_ENTRIES = 2_000;

/** The fields of a scope and of the request it was resolved for, in a fixed order. */
function keyOf(scope: ResolvedScope, requested: readonly string[], teamId: string | undefined): string {
  const { orgId, viewer, teamIds, userIds, peerUserIds, foreignUserIds } = scope;
  return JSON.stringify([orgId, viewer.userId, viewer.role, viewer.orgId, teamIds, userIds, peerUserIds, foreignUserIds, requested, teamId ?? null]);
}

/**
 * The scopes this adapter resolved in the last few seconds. The client resolves a scope and then runs the query
 * with it at once; `run` trusts a scope only if it is exactly one issued here for the same viewer and requested ids,
 * and resolves anything else (a hand-made or stale scope) again from the database.
 */
export class ScopeCache {
  private readonly issued = new Map<string, number>();

  /** Remembers a scope just resolved for these requested ids and team. */
  remember(scope: ResolvedScope, requested: readonly string[], teamId: string | undefined): void {
    const now = Date.now();
    if (this.issued.size >= MAX_ENTRIES) {
      for (const [k, expires] of this.issued) if (expires <= now || this.issued.size >= MAX_ENTRIES) this.issued.delete(k);
    }
    this.issued.set(keyOf(scope, requested, teamId), now + TTL_MS);
  }

  /** True when this exact scope was issued here for these ids and team within the last few seconds. */
  vouchesFor(scope: ResolvedScope, requested: readonly string[], teamId: string | undefined): boolean {
    const key = keyOf(scope, requested, teamId);
    const expires = this.issued.get(key);
    if (expires === undefined) return false;
    if (expires <= Date.now()) {
      this.issued.delete(key);
      return false;
    }
    return true;
  }
}
