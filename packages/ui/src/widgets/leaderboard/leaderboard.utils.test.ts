import { enUS } from 'date-fns/locale/en-US';
import { describe, expect, it } from 'vitest';
import { en } from '../../i18n/messages.js';
import { createFormatters } from '../../widget-shell/format.js';
import { movementLabel, movementOf, tiedRanks } from './leaderboard.utils.js';

const fmt = createFormatters(enUS, {}, en);

describe('leaderboard utils', () => {
  it('should read a lower rank than last period as a climb', () => {
    expect(movementOf({ rank: 1, previousRank: 3 })).toEqual({ kind: 'up', places: 2 });
    expect(movementOf({ rank: 4, previousRank: 3 })).toEqual({ kind: 'down', places: 1 });
    expect(movementOf({ rank: 2, previousRank: 2 })).toEqual({ kind: 'same', places: 0 });
    expect(movementOf({ rank: 2, previousRank: null })).toEqual({ kind: 'new', places: 0 });
  });

  it('should label movements for screen readers', () => {
    expect(movementLabel({ kind: 'up', places: 1 }, fmt)).toBe('up 1 place');
    expect(movementLabel({ kind: 'down', places: 3 }, fmt)).toBe('down 3 places');
  });

  it('should find ranks shared by several learners', () => {
    expect([...tiedRanks([{ rank: 1 }, { rank: 2 }, { rank: 2 }, { rank: 4 }])]).toEqual([2]);
  });
});
