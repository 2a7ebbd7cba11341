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

/** What a screen reader hears for a movement. */
export function movementLabel(movement: Movement): string {
  switch (movement.kind) {
    case 'up':
      return `up ${movement.places} ${movement.places === 1 ? 'place' : 'places'}`;
    case 'down':
      return `down ${movement.places} ${movement.places === 1 ? 'place' : 'places'}`;
    case 'same':
      return 'no change';
    default:
      return 'new this period';
  }
}

/** What is drawn for a movement. */
export function movementGlyph(movement: Movement): string {
  switch (movement.kind) {
    case 'up':
      return `▲ ${movement.places}`;
    case 'down':
      return `▼ ${movement.places}`;
    case 'same':
      return '=';
    default:
      return 'new';
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
