// Time zone names as callers spell them ("eUrOpE/bErLiN", "US/Eastern") mapped to the one name the runtime's tz
// database resolves them to ("Europe/Berlin", "America/New_York"), so that every cache downstream is keyed by a
// zone, not by a spelling.

// Names longer than any IANA name (the longest is 32 characters) are refused before Intl sees them.
const MAX_NAME_LENGTH = 64;
// Spellings remembered; past this the oldest is forgotten, so a stream of new spellings costs Intl calls, not memory.
const MAX_SPELLINGS = 512;

const spellings = new Map<string, string | null>();

/**
 * The canonical IANA name of `timeZone` as this runtime's tz database resolves it (case folded, links followed:
 * "eUrOpE/bErLiN" → "Europe/Berlin", "Etc/UTC" → "UTC"), or null when the runtime knows no such zone.
 */
export function canonicalTimeZone(timeZone: string): string | null {
  const known = spellings.get(timeZone);
  if (known !== undefined) return known;
  let canonical: string | null = null;
  if (timeZone.length > 0 && timeZone.length <= MAX_NAME_LENGTH) {
    try {
      canonical = new Intl.DateTimeFormat('en-US', { timeZone }).resolvedOptions().timeZone;
    } catch {
      canonical = null;
    }
  }
  if (spellings.size >= MAX_SPELLINGS) spellings.delete(spellings.keys().next().value!);
  spellings.set(timeZone, canonical);
  return canonical;
}

/** True when `timeZone` is an IANA zone name this runtime knows, in any letter case (e.g. "Europe/Berlin", "UTC"). */
export function isValidTimeZone(timeZone: string): boolean {
  return canonicalTimeZone(timeZone) !== null;
}

/** How many spellings are remembered (for tests of the bound). */
export function rememberedSpellings(): number {
  return spellings.size;
}
