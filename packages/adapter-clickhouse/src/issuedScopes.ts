import type { ResolvedScope } from '@learnlens/data-client';

const TTL_MS = 5_000;
const MAX_ENTRIES = 5_000;

/**
 * Scopes this adapter resolved in the last few seconds, by their exact content and the ids they were resolved for.
 * The client resolves a scope and runs the query with it straight away; `run` skips resolving again only for a
 * scope issued here, so a hand-made or stale scope is still checked against the database.
 */
export class IssuedScopes {
  private readonly expiry = new Map<string, number>();

  private static key(scope: ResolvedScope, requested: readonly string[], teamId: string | undefined): string {
    const { orgId, viewer, teamIds, userIds, peerUserIds, foreignUserIds } = scope;
    return JSON.stringify([orgId, viewer.userId, viewer.role, viewer.orgId, teamIds, userIds, peerUserIds, foreignUserIds, [...requested].sort(), teamId ?? null]);
  }

  /** Records a scope just resolved for `requested` user ids and `teamId`. */
  issue(scope: ResolvedScope, requested: readonly string[], teamId: string | undefined): void {
    const now = Date.now();
    if (this.expiry.size >= MAX_ENTRIES) {
      for (const [key, expires] of this.expiry) if (expires <= now) this.expiry.delete(key);
      if (this.expiry.size >= MAX_ENTRIES) this.expiry.clear();
    }
    this.expiry.set(IssuedScopes.key(scope, requested, teamId), now + TTL_MS);
  }

  /** True when exactly this scope was issued here for these ids and team within the last few seconds. */
  has(scope: ResolvedScope, requested: readonly string[], teamId: string | undefined): boolean {
    const key = IssuedScopes.key(scope, requested, teamId);
    const expires = this.expiry.get(key);
    if (expires !== undefined && expires > Date.now()) return true;
    this.expiry.delete(key);
    return false;
  }
}
