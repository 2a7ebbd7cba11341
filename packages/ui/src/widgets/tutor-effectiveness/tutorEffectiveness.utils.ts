import { NONE } from '../../charts/period.js';
import type { ScoreScale } from '../../charts/scoreScale.js';
import type { Formatters } from '../../widget-shell/format.js';

/** A change of accuracy in percentage points (−100…100) with its sign and one decimal, e.g. "+4.2 pts"; "—" for null. */
export function pointsText(change: number | null, format: Formatters): string {
  if (change === null) return NONE;
  const points = Math.round(change * 10) / 10;
  return format.t('tutorEffectiveness.points', {
    sign: points > 0 ? '+' : points < 0 ? '−' : '±',
    points: format.number(Math.abs(points), { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
  });
}

/** Whether a change is an improvement, a drop or none, for its colour. */
export function changeKind(change: number | null): 'up' | 'down' | 'same' | undefined {
  if (change === null) return undefined;
  const points = Math.round(change * 10) / 10;
  return points > 0 ? 'up' : points < 0 ? 'down' : 'same';
}

/** An average score in the org's scale: a percentage for 0/1 scores, one decimal otherwise. */
export function scoreText(score: number | null, scale: ScoreScale, format: Formatters): string {
  if (score === null) return NONE;
  return scale === 'binary' ? format.percent(score, 1) : format.number(score, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
}
