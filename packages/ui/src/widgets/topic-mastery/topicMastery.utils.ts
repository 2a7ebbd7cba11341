import { NONE } from '../../charts/period.js';
import type { MessageKey } from '../../i18n/messages.js';
import type { Formatters } from '../../widget-shell/format.js';
import type { MasteryCell, MasteryGridRow, MasteryLevel } from './topicMastery.types.js';

/** The levels, lowest first (the legend's and the counts' order). */
export const masteryLevelOrder = ['not_started', 'attempted', 'familiar', 'proficient', 'mastered'] as const satisfies readonly MasteryLevel[];

/** A level's name in the catalog. */
export const levelKeys: Record<MasteryLevel, MessageKey> = {
  not_started: 'topicMastery.level.not_started',
  attempted: 'topicMastery.level.attempted',
  familiar: 'topicMastery.level.familiar',
  proficient: 'topicMastery.level.proficient',
  mastered: 'topicMastery.level.mastered',
};

/**
 * A level's fill, from the theme's chart tokens, so light and dark follow the host's palette: grey for not started, a
 * warm tint for attempted, then the first chart colour ever stronger for familiar, proficient and mastered.
 */
export const levelColors: Record<MasteryLevel, { token: 'muted' | 'chart1' | 'chart3'; share: number }> = {
  not_started: { token: 'muted', share: 1 },
  attempted: { token: 'chart3', share: 0.45 },
  familiar: { token: 'chart1', share: 0.3 },
  proficient: { token: 'chart1', share: 0.65 },
  mastered: { token: 'chart1', share: 1 },
};

const cssVars = { muted: '--ll-muted', chart1: '--ll-chart-1', chart3: '--ll-chart-3' } as const;

/** A level's fill as a CSS colour over the widget's own variables. */
export function levelCss(level: MasteryLevel): string {
  const { token, share } = levelColors[level];
  return share >= 1 ? `var(${cssVars[token]})` : `color-mix(in srgb, var(${cssVars[token]}) ${Math.round(share * 100)}%, transparent)`;
}

/** A glyph per level, so the grid reads without colour too (decoration: the cell's words say the level). */
export const levelGlyphs: Record<MasteryLevel, string> = {
  not_started: '',
  attempted: '○',
  familiar: '◔',
  proficient: '◑',
  mastered: '●',
};

/** The topics of the grid's columns: every topic of any row's cells, in the query's order (first seen first). */
export function gridTopics(rows: readonly MasteryGridRow[], topics: readonly string[]): string[] {
  const seen = new Set(topics);
  const out = [...topics];
  for (const row of rows) {
    for (const cell of row.cells) {
      if (!seen.has(cell.topic)) {
        seen.add(cell.topic);
        out.push(cell.topic);
      }
    }
  }
  return out;
}

/** A row's cell of `topic`; a topic the learner never answered is "not started". */
export function cellOf(row: MasteryGridRow, topic: string): MasteryCell {
  return (
    row.cells.find((c) => c.topic === topic) ?? {
      topic,
      attempts: 0,
      correct: 0,
      accuracy: null,
      recentAccuracy: null,
      level: 'not_started',
    }
  );
}

/** How many learners of `rows` are at each level in `topic` (the counts under each column). */
export function levelCounts(rows: readonly MasteryGridRow[], topic: string): Record<MasteryLevel, number> {
  const counts = { not_started: 0, attempted: 0, familiar: 0, proficient: 0, mastered: 0 } satisfies Record<MasteryLevel, number>;
  for (const row of rows) counts[cellOf(row, topic).level] += 1;
  return counts;
}

/** One cell in words: its level, correct of answers and the recent evidence, e.g. "Proficient · 9 of 11 correct · latest 5: 80%". */
export function cellDetail(cell: MasteryCell, recent: number, format: Formatters): string {
  const level = format.t(levelKeys[cell.level]);
  if (cell.attempts === 0) return level;
  return format.t('topicMastery.cellDetail', {
    level,
    correct: format.number(cell.correct),
    count: cell.attempts,
    recent: format.number(recent),
    recentAccuracy: cell.recentAccuracy === null ? NONE : format.percent(cell.recentAccuracy, 0),
  });
}
