/** How peers are shown to a learner. */
export interface PrivacyPolicy {
  /** Show peers' real names and ids to learners (default false: pseudonymised, as seed 001 requires). */
  showPeerNames?: boolean;
  /** Secret mixed into pseudonyms so they cannot be reversed by hashing known ids; set it on the server. */
  pseudonymSalt?: string;
}

// FNV-1a, twice with different offsets for 64 bits: stable across runtimes and cheap.
function fnv1a(text: string, offset: number): number {
  let h = offset >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** A stable pseudonym for a peer: the same input always gives the same id and label. */
export function pseudonymFor(orgId: string, userId: string, salt = ''): { userId: string; displayName: string } {
  const text = `${salt}\u0000${orgId}\u0000${userId}`;
  const code = (fnv1a(text, 0x811c9dc5).toString(36) + fnv1a(text, 0x050c5d1f).toString(36)).toUpperCase();
  return { userId: `peer-${code.toLowerCase()}`, displayName: `Learner ${code.slice(0, 6)}` };
}
