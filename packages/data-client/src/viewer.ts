import * as z from 'zod';
import { roleSchema } from './domain.js';
import { ValidationError } from './errors.js';
import { toIssues } from './zodIssues.js';

/** Who a query runs for: a user, their role, and the active organization (required — seed 000). */
export const viewerSchema = z.strictObject({
  userId: z.string().min(1).max(200),
  role: roleSchema,
  orgId: z.string().min(1, 'an active organization is required').max(200),
});
export type Viewer = z.infer<typeof viewerSchema>;

/**
 * What the backend says a viewer may see, resolved from its own tables (never from the browser's word).
 * `userIds: null` means every user of the org (an admin).
 */
export const resolvedScopeSchema = z.object({
  orgId: z.string(),
  viewer: viewerSchema,
  /** Teams the viewer may filter by: every team of the org for an admin, managed teams for a manager, own team for a learner. */
  teamIds: z.array(z.string()),
  /** Users whose rows the viewer may see; null for the whole org. */
  userIds: z.array(z.string()).nullable(),
  /** Users a learner may see as (pseudonymised) peers, e.g. on a leaderboard; null for the whole org. */
  peerUserIds: z.array(z.string()).nullable(),
  /** Of the user ids a request named, those that are not members of the viewer's org. */
  foreignUserIds: z.array(z.string()),
});
export type ResolvedScope = z.infer<typeof resolvedScopeSchema>;

/** What the client asks an adapter to resolve: the viewer plus the ids the request names. */
export interface ScopeRequest {
  viewer: Viewer;
  userIds: readonly string[];
  teamId: string | undefined;
}

/** Parses a viewer, throwing a ValidationError that names each bad field. */
export function parseViewer(input: unknown): Viewer {
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
