import type { Formatters } from '../../widget-shell/format.js';
import type { LeaderboardRow, Movement } from './leaderboard.types.js';

/** How a learner moved since the previous period; a lower rank number is better. */
export function movementOf(row: Pick<LeaderboardRow, 'rank' | 'previousRank'>): Movement {
  if (row.previousRank === null) return { kind: 'new', places: 0 };
  const places = row.previousRank - row.rank;
  if (places > 0) return { kind: 'up', places };
  if (places < 0) return { kind: 'down', places: -places };
  return { kind: 'same', places: 0 };
}

/** A number to sort movement by: biggest climb first when descending; new entries have none. */
export function movementSortValue(row: Pick<LeaderboardRow, 'rank' | 'previousRank'>): number | undefined {
  return row.previousRank === null ? undefined : row.previousRank - row.rank;
}

/**
 * The name shown for a row: data-client pseudonymises peers as "Learner 3F9A2C" (user id "peer-…"); that word
 * is shown in the provider's language, the code kept, so a learner still cannot tell who it is.
 */
export function displayNameOf(row: Pick<LeaderboardRow, 'userId' | 'displayName'>, fmt: Pick<Formatters, 't'>): string {
  const code = row.userId.startsWith('peer-') ? /^Learner (\S+)$/.exec(row.displayName)?.[1] : undefined;
  return code ? fmt.t('leaderboard.pseudonym', { code }) : row.displayName;
}

/** What a screen reader hears for a movement. */
export function movementLabel(movement: Movement, fmt: Pick<Formatters, 't'>): string {
  switch (movement.kind) {
    case 'up':
      return fmt.t('leaderboard.movement.up', { count: movement.places });
    case 'down':
      return fmt.t('leaderboard.movement.down', { count: movement.places });
    case 'same':
      return fmt.t('leaderboard.movement.same');
    default:
      return fmt.t('leaderboard.movement.new');
  }
}

/** What is drawn for a movement. */
export function movementGlyph(movement: Movement, fmt: Pick<Formatters, 't'>): string {
  switch (movement.kind) {
    case 'up':
      return `▲ ${movement.places}`;
    case 'down':
      return `▼ ${movement.places}`;
    case 'same':
      return '=';
    default:
      return fmt.t('leaderboard.movement.newGlyph');
  }
}

/** Ranks held by more than one learner (ties share a rank, as SQL `rank()`). */
export function tiedRanks(rows: readonly Pick<LeaderboardRow, 'rank'>[]): Set<number> {
  const seen = new Set<number>();
  const tied = new Set<number>();
  for (const { rank } of rows) {
    if (seen.has(rank)) tied.add(rank);
    seen.add(rank);
  }
  return tied;
}
