import * as z from 'zod/mini';
import { roleSchema } from './role.js';
import { ValidationError } from './errors.js';
import { toIssues } from './zodIssues.js';
import { ensureZodMessages } from './zodMessages.js';

// zod/mini, like params.ts: every bundle with a widget carries these.

/** Who a query runs for: a user, their role, and the active organization (required — seed 000). */
export const viewerSchema = z.strictObject({
  userId: z.string().check(z.minLength(1), z.maxLength(200)),
  role: roleSchema,
  orgId: z.string().check(z.minLength(1, 'an active organization is required'), z.maxLength(200)),
});
export type Viewer = z.infer<typeof viewerSchema>;

/**
 * What the backend says a viewer may see, resolved from its own tables (never from the browser's word) inside the
 * adapter's `run`, for one request. `null` lists mean "all of the org" (an admin).
 */
export const resolvedScopeSchema = z.object({
  orgId: z.string(),
  viewer: viewerSchema,
  /** Teams the viewer may filter by: null for an admin (any team of the org), managed teams for a manager, own team for a learner. */
  teamIds: z.nullable(z.array(z.string())),
  /** Users whose rows the viewer may see; null for the whole org. */
  userIds: z.nullable(z.array(z.string())),
  /**
   * Users whose rows a query that shows peers (the leaderboard) ranks for this viewer: a learner's team, shown to them
   * only under pseudonyms; null for the whole org. Never addressable by a learner: they may name only themselves.
   */
  peerUserIds: z.nullable(z.array(z.string())),
});
export type ResolvedScope = z.infer<typeof resolvedScopeSchema>;

/** What a scope is resolved for: the viewer plus the user ids and team the request names. */
export interface ScopeRequest {
  viewer: Viewer;
  /** Every user id the request names (`userIds` and `userId` parameters). */
  userIds: readonly string[];
  teamId: string | undefined;
}

/** Parses a viewer, throwing a ValidationError that names each bad field. */
export function parseViewer(input: unknown): Viewer {
  ensureZodMessages();
  const parsed = viewerSchema.safeParse(input);
  if (!parsed.success) {
    const issues = toIssues(parsed.error);
    throw new ValidationError(
      'INVALID_VIEWER',
      `Invalid viewer: ${issues.map((i) => `${i.path || '(root)'} ${i.message}`).join('; ')}`,
      issues,
    );
  }
  return parsed.data;
}
